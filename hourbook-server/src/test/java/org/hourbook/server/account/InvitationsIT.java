package org.hourbook.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations into an organization and of another company: made, shown, accepted once, re-sent, withdrawn. */
@RealServer
class InvitationsIT {
    static final Pattern LINK = Pattern.compile("id=\"invite-link\" class=\"copy\" type=\"text\" readonly value=\"http://[^/]+(/invite/[^\"]+)\"");
    static final String NEW_PASSWORD = "a fine new password";

    TestServer server;
    Fixtures fx;
    World w;
    WebClient lead;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        lead = new WebClient(server);
        lead.signIn(w.lead().email(), Fixtures.PASSWORD);
        lead.get(AccountUrls.org(w.agency().id()));
    }

    /** The invitation link the page shows the inviter, as a path. */
    static String link(Api.Response page) {
        Matcher m = LINK.matcher(page.body());
        assertThat(m.find()).as("an invitation link on the page: %s", page).isTrue();
        return m.group(1);
    }

    String invite(String email, String role) {
        var page = lead.post(AccountUrls.invitations(w.agency().id()), "email", email, "role", role);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body()).contains("Mail is not set up on this server");
        return link(page);
    }

    @Test
    void an_invitee_without_an_account_makes_one_and_joins_with_the_invited_role() {
        String path = invite("nina@pixel.test", "freelancer");
        WebClient nina = new WebClient(server);
        var page = nina.get(path);
        assertThat(page.body()).contains("Join Pixel &amp; Co", "Lena Lead invites you", "as a freelancer", "nina@pixel.test");

        var joined = nina.post(path, "name", "Nina New", "password", NEW_PASSWORD, "zone", "Asia/Kathmandu");

        assertThat(joined.status()).isEqualTo(303);
        assertThat(joined.header("Location")).isEqualTo(AccountUrls.org(w.agency().id(), "joined"));
        var user = server.db().accounts().findUserByEmail("nina@pixel.test").orElseThrow();
        assertThat(user.name()).isEqualTo("Nina New");
        assertThat(user.zone().getId()).isEqualTo("Asia/Kathmandu");
        assertThat(server.db().accounts().membership(w.agency().id(), user.id()).orElseThrow().role()).isEqualTo(Role.FREELANCER);
        assertThat(nina.get(joined.header("Location")).body()).contains("You are a member of Pixel &amp; Co now.", "Nina New");
        assertThat(new WebClient(server).get(path).status()).as("used").isEqualTo(410);
        assertThat(lead.get(AccountUrls.org(w.agency().id())).body()).doesNotContain("id=\"invitations\"");
    }

    @Test
    void someone_with_an_account_signs_in_as_the_invited_email_and_then_joins() {
        String path = invite(w.clientOwner().email(), "manager");
        WebClient olivia = new WebClient(server);
        assertThat(olivia.get(path).body()).contains("id=\"invite-signin\"", "/signin?next=%2Finvite%2F");
        assertThat(olivia.post(path, "name", "Mallory", "password", NEW_PASSWORD, "zone", "UTC").status())
                .as("no new password for an existing account").isEqualTo(409);

        var signedIn = olivia.post("/signin", "email", w.clientOwner().email(), "password", Fixtures.PASSWORD, "next", path);
        assertThat(signedIn.header("Location")).isEqualTo(path);
        assertThat(olivia.get(path).body()).contains("id=\"invite-accept\"");
        var joined = olivia.post(path);

        assertThat(joined.status()).isEqualTo(303);
        assertThat(server.db().accounts().membership(w.agency().id(), w.clientOwner().id()).orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(server.db().accounts().membership(w.clientOrg().id(), w.clientOwner().id())).as("keeps the other membership").isPresent();
    }

    @Test
    void signed_in_as_someone_else_the_invitation_cannot_be_taken() {
        String path = invite("nina@pixel.test", "freelancer");
        WebClient carl = new WebClient(server);
        carl.signIn(w.client().email(), Fixtures.PASSWORD);

        assertThat(carl.get(path).body()).contains("id=\"invite-other\"", "this invitation is for <strong>nina@pixel.test</strong>");
        assertThat(carl.post(path).status()).isEqualTo(403);
        assertThat(server.db().accounts().membership(w.agency().id(), w.client().id())).isEmpty();
    }

    @Test
    void a_withdrawn_invitation_answers_410_and_a_resent_one_works_with_its_new_link_only() {
        String first = invite("nina@pixel.test", "freelancer");
        long id = server.db().invitations().openForOrg(w.agency().id()).getFirst().id();

        var resent = lead.post(AccountUrls.resend(w.agency().id(), id));
        String second = link(resent);
        assertThat(new WebClient(server).get(first).status()).as("the old link after a re-send").isEqualTo(410);
        assertThat(new WebClient(server).get(second).status()).isEqualTo(200);

        assertThat(lead.post(AccountUrls.revoke(w.agency().id(), id)).status()).isEqualTo(303);
        var gone = new WebClient(server).get(second);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("withdrawn");
    }

    @Test
    void an_expired_invitation_answers_410_and_can_be_sent_again() {
        String path = invite("nina@pixel.test", "freelancer");
        server.clock().advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(new WebClient(server).get(path).status()).isEqualTo(410);
        lead.signIn(w.lead().email(), Fixtures.PASSWORD);
        assertThat(lead.get(AccountUrls.org(w.agency().id())).body()).contains("<strong>expired</strong>");
        long id = server.db().invitations().openForOrg(w.agency().id()).getFirst().id();
        assertThat(new WebClient(server).get(link(lead.post(AccountUrls.resend(w.agency().id(), id)))).status()).isEqualTo(200);
    }

    @Test
    void only_owners_and_managers_invite_and_only_to_the_roles_of_their_kind_of_organization() {
        WebClient fran = new WebClient(server);
        fran.signIn(w.freelancer().email(), Fixtures.PASSWORD);
        fran.get(AccountUrls.org(w.agency().id()));
        assertThat(fran.post(AccountUrls.invitations(w.agency().id()), "email", "x@pixel.test", "role", "freelancer").status()).isEqualTo(403);

        var asClient = lead.post(AccountUrls.invitations(w.agency().id()), "email", "x@pixel.test", "role", "client");
        assertThat(asClient.status()).isEqualTo(422);
        assertThat(asClient.body()).contains("Choose one of: manager, freelancer.");
        assertThat(lead.post(AccountUrls.invitations(w.agency().id()), "email", w.freelancer().email(), "role", "manager").body())
                .contains("is a member already");
        assertThat(lead.post(AccountUrls.invitations(w.otherAgency().id()), "email", "x@pixel.test", "role", "freelancer").status())
                .as("not their organization").isEqualTo(404);
    }

    @Test
    void an_agency_invites_a_client_company_whose_contact_sets_it_up_as_owner() {
        var page = lead.post(AccountUrls.companies(w.agency().id()), "companyName", "Northwind Retail", "kind", "CLIENT",
                "email", "grace@northwind.test");
        String path = link(page);
        WebClient grace = new WebClient(server);
        assertThat(grace.get(path).body()).contains("Set up Northwind Retail on Hourbook", "a client company", "as its owner");

        var done = grace.post(path, "companyName", "Northwind Retail Ltd", "name", "Grace Whitfield", "password", NEW_PASSWORD,
                "zone", "Europe/London");

        assertThat(done.status()).isEqualTo(303);
        var user = server.db().accounts().findUserByEmail("grace@northwind.test").orElseThrow();
        var seat = server.db().accounts().seatsOf(user.id()).getFirst();
        assertThat(seat.org().name()).isEqualTo("Northwind Retail Ltd");
        assertThat(seat.org().kind()).isEqualTo(OrgKind.CLIENT);
        assertThat(seat.membership().role()).isEqualTo(Role.OWNER);
        assertThat(server.db().accounts().membership(w.agency().id(), user.id())).as("not a member of the inviting agency").isEmpty();
        assertThat(grace.get(done.header("Location")).body()).contains("Offer a contract");
    }

    @Test
    void a_guessed_invitation_link_is_not_found() {
        assertThat(new WebClient(server).get("/invite/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
    }
}
