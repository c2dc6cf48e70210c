package org.hourbook.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.Refusal;
import org.hourbook.server.account.UserAdminService.NewUser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.auth.LinkPurpose;
import org.junit.jupiter.api.Test;

@RealServer
class UserAdminServiceIT {
    TestServer server;

    UserAdminService admin() {
        return server.services().userAdmin();
    }

    NewUser bo(String org, OrgKind kind, Role role) {
        return new NewUser("bo@example.org", "Bo Brown", ZoneId.of("Europe/Berlin"), org, kind, role);
    }

    @Test
    void a_new_person_with_a_new_agency_owns_it_and_gets_a_week_long_password_link_instead_of_a_password() {
        var created = admin().createUser(bo("Pixel & Co", OrgKind.AGENCY, null));

        assertThat(created.orgCreated()).isTrue();
        assertThat(created.membership().role()).isEqualTo(Role.OWNER);
        assertThat(server.db().accounts().passwordHash(created.user().id())).isEmpty();
        var link = server.services().links().open(LinkPurpose.PASSWORD, created.link().secret());
        assertThat(link.userId()).isEqualTo(created.user().id());
        assertThat(link.subject()).isEqualTo(UserAdminService.NEW_ACCOUNT);
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void joining_an_existing_organization_by_name_takes_the_role_its_kind_expects() {
        admin().createOrganization("Acme", OrgKind.CLIENT);

        var created = admin().createUser(bo("acme", null, null));

        assertThat(created.orgCreated()).isFalse();
        assertThat(created.org().name()).isEqualTo("Acme");
        assertThat(created.membership().role()).isEqualTo(Role.CLIENT);
        assertThat(server.db().accounts().members(created.org().id())).singleElement()
                .satisfies(m -> assertThat(m.joinedAt()).as("the members page shows when they joined").isEqualTo(server.clock().instant()));
    }

    @Test
    void a_role_the_organization_has_no_place_for_is_refused_and_nothing_is_created() {
        assertThatThrownBy(() -> admin().createUser(bo("Acme", OrgKind.CLIENT, Role.FREELANCER)))
                .isInstanceOf(Refusal.RuleBroken.class).hasMessageContaining("a client company", "owner, manager or client");

        assertThat(server.db().accounts().findUserByEmail("bo@example.org")).isEmpty();
        assertThat(server.db().accounts().listOrganizations()).isEmpty();
    }

    @Test
    void an_unknown_organization_without_a_kind_asks_for_the_kind() {
        assertThatThrownBy(() -> admin().createUser(bo("Acme", null, null)))
                .isInstanceOf(Refusal.RuleBroken.class).hasMessageContaining("no organization is called 'Acme'", "--kind");
    }

    @Test
    void an_existing_organization_of_another_kind_is_named() {
        admin().createOrganization("Acme", OrgKind.CLIENT);

        assertThatThrownBy(() -> admin().createUser(bo("Acme", OrgKind.AGENCY, null)))
                .hasMessageContaining("'Acme' is a client company, not an agency");
    }

    @Test
    void a_name_two_organizations_share_is_refused_with_their_ids_and_an_id_works() {
        var first = server.db().accounts().createOrganization("Acme", OrgKind.CLIENT, server.clock().instant());
        server.db().accounts().createOrganization("Acme", OrgKind.CLIENT, server.clock().instant());

        assertThatThrownBy(() -> admin().createUser(bo("Acme", null, null))).hasMessageContaining("2 organizations are called 'Acme'");
        assertThat(admin().createUser(bo(String.valueOf(first.id()), null, Role.MANAGER)).org().id()).isEqualTo(first.id());
    }

    @Test
    void an_email_in_use_is_a_conflict() {
        admin().createUser(bo(null, null, null));

        assertThatThrownBy(() -> admin().createUser(new NewUser("BO@example.org", "Other", null, null, null, null)))
                .isInstanceOf(Refusal.Conflict.class).hasMessageContaining("exists already");
    }

    @Test
    void a_reset_link_lasts_an_hour_and_voids_every_earlier_password_link() {
        var created = admin().createUser(bo(null, null, null));
        var firstReset = admin().resetLink("bo@example.org");

        var reset = admin().resetLink("Bo@Example.org");

        var link = server.services().links().open(LinkPurpose.PASSWORD, reset.link().secret());
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofHours(1));
        assertThat(link.subject()).isEqualTo(UserAdminService.RESET);
        assertThatThrownBy(() -> server.services().links().open(LinkPurpose.PASSWORD, created.link().secret()))
                .isInstanceOf(Refusal.Gone.class);
        assertThatThrownBy(() -> server.services().links().open(LinkPurpose.PASSWORD, firstReset.link().secret()))
                .isInstanceOf(Refusal.Gone.class);
    }

    @Test
    void a_reset_for_an_unknown_email_says_no_account_has_it() {
        assertThatThrownBy(() -> admin().resetLink("nobody@example.org"))
                .isInstanceOf(Refusal.NotFound.class).hasMessageContaining("nobody@example.org");
    }

    @Test
    void disabling_twice_says_nothing_changed_the_second_time() {
        admin().createUser(bo(null, null, null));

        assertThat(admin().disable("bo@example.org").changed()).isTrue();
        assertThat(admin().disable("bo@example.org").changed()).isFalse();
        assertThat(admin().resetLink("bo@example.org").disabled()).isTrue();
        assertThat(admin().enable("bo@example.org").changed()).isTrue();
    }

    @Test
    void organizations_list_their_member_count_and_owners() {
        admin().createUser(bo("Pixel", OrgKind.AGENCY, null));
        admin().createUser(new NewUser("cy@example.org", "Cy", null, "Pixel", null, null));

        var orgs = admin().organizations();

        assertThat(orgs).singleElement().satisfies(o -> {
            assertThat(o.members()).isEqualTo(2);
            assertThat(o.owners()).isEqualTo("bo@example.org");
        });
    }
}
