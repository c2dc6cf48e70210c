package org.hourbook.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An organization's members page: roles, one owner always, removal that ends access at once, renaming. */
@RealServer
class MembersIT {
    TestServer server;
    Fixtures fx;
    World w;
    WebClient lead;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        lead = signedIn(w.lead());
    }

    WebClient signedIn(Fixtures.Person p) {
        WebClient web = new WebClient(server);
        web.signIn(p.email(), Fixtures.PASSWORD);
        web.get(AccountUrls.org(w.agency().id()));
        return web;
    }

    String contract() {
        return "/api/v1/contracts/" + w.contract().id();
    }

    @Test
    void the_members_page_lists_name_email_role_joined_and_last_seen() {
        var page = lead.get(AccountUrls.org(w.agency().id()));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Fran Freelancer", "fran@pixel.test", "Max Manager", "Last seen", "Invite someone to Pixel &amp; Co");
        var fran = signedIn(w.freelancer()).get(AccountUrls.org(w.agency().id()));
        assertThat(fran.body()).as("a plain member sees the members, not the controls").contains("Lena Lead")
                .doesNotContain("Last seen", "Invite someone", "Remove…");
        assertThat(signedIn(w.client()).get(AccountUrls.org(w.agency().id())).status()).as("not a member").isEqualTo(404);
    }

    @Test
    void an_owner_changes_a_role_and_an_organization_always_keeps_one_owner() {
        assertThat(lead.post(AccountUrls.role(w.agency().id(), w.freelancer().id()), "role", "manager").status()).isEqualTo(303);
        assertThat(server.db().accounts().membership(w.agency().id(), w.freelancer().id()).orElseThrow().role()).isEqualTo(Role.MANAGER);

        var lastOwner = lead.post(AccountUrls.role(w.agency().id(), w.lead().id()), "role", "manager");
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.body()).contains("always keeps one owner");

        WebClient max = signedIn(w.manager());
        assertThat(max.post(AccountUrls.role(w.agency().id(), w.otherFreelancer().id()), "role", "owner").status())
                .as("a manager makes no owners").isEqualTo(403);
        assertThat(lead.post(AccountUrls.role(w.agency().id(), w.manager().id()), "role", "owner").status()).isEqualTo(303);
        assertThat(lead.post(AccountUrls.role(w.agency().id(), w.lead().id()), "role", "manager").status())
                .as("with a second owner the first may step down").isEqualTo(303);
    }

    @Test
    void a_removed_member_with_another_membership_loses_this_organizations_contracts_at_once() {
        var solo = server.db().accounts().createOrganization("Fran Solo", OrgKind.FREELANCER, server.clock().instant());
        server.db().accounts().putMember(solo.id(), w.freelancer().id(), Role.OWNER);
        var fran = server.api(w.freelancer().token());
        assertThat(fran.get(contract()).status()).isEqualTo(200);

        assertThat(lead.get(AccountUrls.remove(w.agency().id(), w.freelancer().id())).body()).contains("Remove Fran Freelancer from Pixel");
        assertThat(lead.post(AccountUrls.remove(w.agency().id(), w.freelancer().id())).status()).isEqualTo(303);

        assertThat(fran.get(contract()).status()).isEqualTo(404);
        var upload = fran.post(contract() + "/segments", Map.of("segments",
                List.of(Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-17T09:00:00Z"), 600, "after removal"))));
        assertThat(upload.status()).isEqualTo(404);
        assertThat(fran.get("/api/v1/me").status()).as("still signed in to their own workspace").isEqualTo(200);
        assertThat(server.api(w.lead().token()).get(contract()).status()).as("the agency keeps the contract").isEqualTo(200);
    }

    @Test
    void a_removed_member_left_without_any_organization_is_signed_out_everywhere() {
        WebClient otto = signedIn(w.otherFreelancer());
        var token = server.api(w.otherFreelancer().token());
        assertThat(token.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(lead.post(AccountUrls.remove(w.agency().id(), w.otherFreelancer().id())).status()).isEqualTo(303);

        assertThat(token.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(otto.get("/contracts").status()).as("the session is gone: to sign-in").isEqualTo(303);
        assertThat(server.db().accounts().findUser(w.otherFreelancer().id())).as("the account and its history stay").isPresent();
    }

    @Test
    void the_last_owner_cannot_be_removed_and_a_plain_member_removes_nobody() {
        var refused = lead.post(AccountUrls.remove(w.agency().id(), w.lead().id()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(signedIn(w.freelancer()).post(AccountUrls.remove(w.agency().id(), w.otherFreelancer().id())).status()).isEqualTo(403);
        assertThat(server.db().accounts().membership(w.agency().id(), w.otherFreelancer().id())).isPresent();
    }

    @Test
    void an_owner_renames_the_organization_and_a_manager_may_not() {
        assertThat(signedIn(w.manager()).post(AccountUrls.name(w.agency().id()), "name", "Max & Co").status()).isEqualTo(403);

        assertThat(lead.post(AccountUrls.name(w.agency().id()), "name", "Pixel Studio").status()).isEqualTo(303);

        assertThat(server.db().accounts().findOrganization(w.agency().id()).orElseThrow().name()).isEqualTo("Pixel Studio");
        assertThat(lead.get("/contracts").body()).as("the header says the new name").contains("Pixel Studio");
    }

    @Test
    void someone_in_two_organizations_switches_between_them_in_the_header() {
        var solo = server.db().accounts().createOrganization("Fran Solo", OrgKind.FREELANCER, server.clock().instant());
        server.db().accounts().putMember(solo.id(), w.freelancer().id(), Role.OWNER);
        WebClient fran = signedIn(w.freelancer());

        String header = fran.get("/contracts").body();

        assertThat(header).contains("id=\"org-switch\"", "href=\"" + AccountUrls.org(w.agency().id()) + "\"",
                "href=\"" + AccountUrls.org(solo.id()) + "\"", "Fran Solo", "solo freelancer, owner", "agency, freelancer");
        assertThat(fran.get(AccountUrls.org(solo.id())).body()).contains("Invite a client company")
                .doesNotContain("Invite someone to");
    }
}
