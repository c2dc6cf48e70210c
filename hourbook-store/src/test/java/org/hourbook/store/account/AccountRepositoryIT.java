package org.hourbook.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.ZoneId;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.store.Database;
import org.hourbook.store.DuplicateException;
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
class AccountRepositoryIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    AccountRepository accounts;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        accounts = db.accounts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_user_reads_back_as_created() {
        User created = accounts.createUser("  Ana@Example.org ", "Ana", ZoneId.of("Asia/Kathmandu"), "$argon2id$x", NOW);

        assertThat(accounts.findUser(created.id())).contains(new User(created.id(), "Ana@Example.org", "Ana", ZoneId.of("Asia/Kathmandu")));
        assertThat(accounts.passwordHash(created.id())).contains("$argon2id$x");
    }

    @Test
    void emails_are_unique_whatever_their_case() {
        accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);

        assertThatThrownBy(() -> accounts.createUser("ANA@example.ORG", "Other", ZoneId.of("UTC"), null, NOW))
                .isInstanceOf(DuplicateException.class)
                .extracting(e -> ((DuplicateException) e).field()).isEqualTo("email");
    }

    @Test
    void a_taken_email_does_not_spoil_the_surrounding_transaction() {
        accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);

        User bob = db.inTransaction(tx -> {
            assertThatThrownBy(() -> tx.accounts().createUser("ANA@example.org", "Other", ZoneId.of("UTC"), null, NOW))
                    .isInstanceOf(DuplicateException.class);
            return tx.accounts().createUser("bob@example.org", "Bob", ZoneId.of("UTC"), null, NOW);
        });

        assertThat(accounts.findUserByEmail("bob@example.org")).contains(bob);
    }

    @Test
    void a_users_seats_name_each_organization_and_its_kind() {
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);
        var agency = accounts.createOrganization("Pixel & Co", OrgKind.AGENCY, NOW);
        var solo = accounts.createOrganization("Ana Solo", OrgKind.FREELANCER, NOW);
        accounts.putMember(agency.id(), ana.id(), Role.FREELANCER);
        accounts.putMember(solo.id(), ana.id(), Role.OWNER);

        assertThat(accounts.seatsOf(ana.id())).containsExactly(
                new Seat(new Membership(agency.id(), ana.id(), Role.FREELANCER), agency),
                new Seat(new Membership(solo.id(), ana.id(), Role.OWNER), solo));
    }

    @Test
    void an_email_changes_unless_another_user_has_it_in_any_case_and_the_transaction_survives() {
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);
        accounts.createUser("bo@example.org", "Bo", ZoneId.of("UTC"), null, NOW);

        boolean taken = db.inTransaction(tx -> {
            boolean changed = tx.accounts().changeEmail(ana.id(), "BO@example.org");
            tx.accounts().updateProfile(ana.id(), "Ana B.", ZoneId.of("UTC"));
            return !changed;
        });
        assertThat(taken).isTrue();
        assertThat(accounts.findUser(ana.id()).orElseThrow().name()).as("the rest of the transaction committed").isEqualTo("Ana B.");
        assertThat(accounts.changeEmail(ana.id(), " Ana.New@Example.org ")).isTrue();

        assertThat(accounts.findUserByEmail("ana.new@example.org").orElseThrow().email()).isEqualTo("Ana.New@Example.org");
        assertThat(accounts.findUserByEmail("ana@example.org")).isEmpty();
        assertThat(accounts.changeEmail(ana.id(), "ana.new@EXAMPLE.org")).as("its own address in another case").isTrue();
    }

    @Test
    void a_user_is_found_by_email_in_any_case() {
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);

        assertThat(accounts.findUserByEmail("ANA@EXAMPLE.ORG")).contains(ana);
        assertThat(accounts.findUserByEmail("bob@example.org")).isEmpty();
    }

    @Test
    void a_user_without_password_has_no_hash_until_one_is_set() {
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);
        assertThat(accounts.passwordHash(ana.id())).isEmpty();

        assertThat(accounts.setPasswordHash(ana.id(), "h2")).isTrue();

        assertThat(accounts.passwordHash(ana.id())).contains("h2");
    }

    @Test
    void profile_changes_keep_the_email() {
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);

        accounts.updateProfile(ana.id(), "Ana B.", ZoneId.of("America/St_Johns"));

        assertThat(accounts.findUser(ana.id())).contains(new User(ana.id(), "ana@example.org", "Ana B.", ZoneId.of("America/St_Johns")));
    }

    @Test
    void organizations_read_back_and_can_be_renamed() {
        Organization agency = accounts.createOrganization("Pixel & Co", OrgKind.AGENCY, NOW);

        accounts.renameOrganization(agency.id(), "Pixel Ltd");

        assertThat(accounts.findOrganization(agency.id())).contains(new Organization(agency.id(), "Pixel Ltd", OrgKind.AGENCY));
        assertThat(accounts.listOrganizations()).extracting(Organization::id).containsExactly(agency.id());
    }

    @Test
    void putting_a_member_twice_changes_their_role() {
        Organization agency = accounts.createOrganization("Pixel", OrgKind.AGENCY, NOW);
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);

        accounts.putMember(agency.id(), ana.id(), Role.FREELANCER);
        accounts.putMember(agency.id(), ana.id(), Role.MANAGER);

        assertThat(accounts.membersOf(agency.id())).containsExactly(new Membership(agency.id(), ana.id(), Role.MANAGER));
        assertThat(accounts.membership(agency.id(), ana.id())).contains(new Membership(agency.id(), ana.id(), Role.MANAGER));
    }

    @Test
    void memberships_list_every_organization_of_a_user_and_can_be_removed() {
        Organization agency = accounts.createOrganization("Pixel", OrgKind.AGENCY, NOW);
        Organization client = accounts.createOrganization("Acme", OrgKind.CLIENT, NOW);
        User ana = accounts.createUser("ana@example.org", "Ana", ZoneId.of("UTC"), null, NOW);
        accounts.putMember(agency.id(), ana.id(), Role.OWNER);
        accounts.putMember(client.id(), ana.id(), Role.CLIENT);

        assertThat(accounts.membershipsOf(ana.id())).containsExactly(
                new Membership(agency.id(), ana.id(), Role.OWNER), new Membership(client.id(), ana.id(), Role.CLIENT));

        assertThat(accounts.removeMember(agency.id(), ana.id())).isTrue();
        assertThat(accounts.membershipsOf(ana.id())).extracting(Membership::orgId).containsExactly(client.id());
    }
}
