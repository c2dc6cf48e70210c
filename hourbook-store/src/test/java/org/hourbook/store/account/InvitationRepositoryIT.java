package org.hourbook.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.store.Database;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class InvitationRepositoryIT {
    static final Duration WEEK = Duration.ofDays(7);

    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    Organization agency;
    User owner;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        agency = db.accounts().createOrganization("Pixel", OrgKind.AGENCY, NOW);
        owner = db.accounts().createUser("owner@pixel.test", "Olga", ZoneId.of("UTC"), "$h", NOW);
        db.accounts().putMember(agency.id(), owner.id(), Role.OWNER, NOW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    InvitationRepository.New join(String email, Role role) {
        return new InvitationRepository.New(agency.id(), email, role, null, null, null, owner.id());
    }

    @Test
    void an_invitation_reads_back_as_made_and_is_listed_until_accepted() {
        Invitation made = db.invitations().create(join(" Fran@Pixel.test ", Role.FREELANCER), NOW, NOW.plus(WEEK));

        assertThat(made.email()).isEqualTo("Fran@Pixel.test");
        assertThat(made.role()).isEqualTo(Role.FREELANCER);
        assertThat(made.expiresAt()).isEqualTo(NOW.plus(WEEK));
        assertThat(made.createsOrganization()).isFalse();
        assertThat(db.invitations().openForOrg(agency.id())).extracting(Invitation::id).containsExactly(made.id());
        assertThat(db.invitations().openToJoin(agency.id(), "fran@pixel.TEST")).isPresent();

        assertThat(db.invitations().accept(made.id(), owner.id(), NOW)).isTrue();
        assertThat(db.invitations().accept(made.id(), owner.id(), NOW)).as("only once").isFalse();
        assertThat(db.invitations().openForOrg(agency.id())).isEmpty();
        assertThat(db.invitations().find(made.id()).orElseThrow().acceptedBy()).isEqualTo(owner.id());
    }

    @Test
    void a_revoked_invitation_can_be_neither_accepted_nor_renewed() {
        Invitation made = db.invitations().create(join("fran@pixel.test", Role.FREELANCER), NOW, NOW.plus(WEEK));

        assertThat(db.invitations().revoke(made.id(), NOW)).isTrue();
        assertThat(db.invitations().accept(made.id(), owner.id(), NOW)).isFalse();
        assertThat(db.invitations().renew(made.id(), NOW.plus(WEEK))).isFalse();
        assertThat(db.invitations().find(made.id()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void a_company_invitation_names_the_organization_it_creates_and_an_offer_the_contract() {
        var n = new InvitationRepository.New(agency.id(), "grace@northwind.test", Role.OWNER, OrgKind.CLIENT, "Northwind", null, owner.id());
        Invitation company = db.invitations().create(n, NOW, NOW.plus(WEEK));

        assertThat(company.createsOrganization()).isTrue();
        assertThat(company.newOrgKind()).isEqualTo(OrgKind.CLIENT);
        assertThat(company.newOrgName()).isEqualTo("Northwind");
        assertThat(db.invitations().openToJoin(agency.id(), "grace@northwind.test")).as("not an invitation to join").isEmpty();
        assertThat(db.invitations().renew(company.id(), NOW.plus(WEEK).plus(WEEK))).isTrue();
        assertThat(db.invitations().find(company.id()).orElseThrow().isExpired(NOW.plus(WEEK).plusSeconds(1))).isFalse();
    }

    @Test
    void the_members_list_says_when_each_joined_and_was_last_seen() {
        User fran = db.accounts().createUser("fran@pixel.test", "Fran", ZoneId.of("UTC"), "$h", NOW);
        db.accounts().putMember(agency.id(), fran.id(), Role.FREELANCER, NOW.plusSeconds(60));
        db.apiTokens().create("hash", fran.id(), "tracker", org.hourbook.store.auth.TokenKind.DEVICE, NOW);
        db.apiTokens().markUsed(db.apiTokens().listForUser(fran.id()).get(0).id(), NOW.plusSeconds(3600));

        var members = db.accounts().members(agency.id());

        assertThat(members).extracting(m -> m.user().name()).containsExactly("Fran", "Olga");
        assertThat(members.get(0).joinedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(members.get(0).lastSeen()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(members.get(1).lastSeen()).isNull();
        assertThat(db.accounts().setRole(agency.id(), fran.id(), Role.MANAGER)).isTrue();
        assertThat(db.accounts().membership(agency.id(), fran.id()).orElseThrow().role()).isEqualTo(Role.MANAGER);
        assertThat(db.apiTokens().revokeAllForUser(fran.id(), NOW)).isEqualTo(1);
        assertThat(db.apiTokens().findActive("hash")).isEmpty();
    }

    @Test
    void an_account_made_without_a_password_is_completed_once() {
        User placeholder = db.accounts().createUser("new@x.test", "new", ZoneId.of("UTC"), null, NOW);

        assertThat(db.accounts().completeAccount(placeholder.id(), "Nina New", ZoneId.of("Asia/Kathmandu"), "$h1")).isTrue();
        assertThat(db.accounts().completeAccount(placeholder.id(), "Mallory", ZoneId.of("UTC"), "$h2")).isFalse();
        assertThat(db.accounts().findUser(placeholder.id()).orElseThrow().name()).isEqualTo("Nina New");
        assertThat(db.accounts().passwordHash(placeholder.id())).contains("$h1");
        assertThat(db.accounts().hasUsers()).isTrue();
    }
}
