package org.hourbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.BillingTerms;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.week.TermsInForce;
import org.hourbook.store.Database;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.Fixtures;
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
class ContractRepositoryIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    ContractRepository contracts;
    long client;
    long agency;
    User ana;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        contracts = db.contracts();
        client = db.accounts().createOrganization("Acme", OrgKind.CLIENT, NOW).id();
        agency = db.accounts().createOrganization("Pixel", OrgKind.AGENCY, NOW).id();
        ana = Fixtures.freelancer(db, "ana@example.org");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void every_term_reads_back_as_created() {
        ContractTerms terms = new ContractTerms(0, client, ana.id(), agency, "Logo \"v2\" — ünïcode", 12_345, "JPY", null, false,
                List.of("Design", "Say \"hi\"\\back", "Tab\tand\nnewline", "日本"), ScreenshotPolicy.BLURRED, 5,
                ZoneId.of("Australia/Lord_Howe"), ContractStatus.PAUSED, BillingRounding.EXACT);

        ContractTerms created = contracts.create(terms);

        assertThat(created.id()).isPositive();
        assertThat(contracts.find(created.id())).contains(created);
        assertThat(created).usingRecursiveComparison().ignoringFields("id").isEqualTo(terms);
    }

    @Test
    void a_solo_contract_has_no_agency_and_no_labels() {
        ContractTerms created = contracts.create(new ContractTerms(0, client, ana.id(), null, "Solo", 100, "USD", 10, true,
                List.of(), null, 10, null, null, null));

        ContractTerms read = contracts.find(created.id()).orElseThrow();
        assertThat(read.agencyOrgId()).isNull();
        assertThat(read.activityLabels()).isEmpty();
        assertThat(read.weeklyLimitHours()).isEqualTo(10);
    }

    @Test
    void updating_terms_replaces_them() {
        ContractTerms created = contracts.create(Fixtures.terms(client, ana.id(), null));
        ContractTerms changed = new ContractTerms(created.id(), client, ana.id(), agency, "Renamed", 5_000, "EUR", 30, false,
                List.of("QA"), ScreenshotPolicy.NONE, 15, ZoneId.of("UTC"), ContractStatus.ACTIVE, BillingRounding.EXACT);

        assertThat(contracts.update(changed)).isTrue();

        assertThat(contracts.find(created.id())).contains(changed);
    }


    @Test
    void the_billing_history_reads_back_oldest_first_and_can_be_replaced() {
        ContractTerms created = contracts.create(Fixtures.terms(client, ana.id(), null));
        BillingTerms before = BillingTerms.of(created);
        BillingTerms after = new BillingTerms(9_900, "EUR", null, BillingRounding.EXACT);
        var history = TermsInForce.afterChange(List.of(), before, after, java.time.Instant.parse("2026-11-18T15:00:00Z"));

        assertThat(contracts.billingHistory(created.id())).isEmpty();
        db.useTransaction(tx -> tx.contracts().replaceBillingHistory(created.id(), history));

        assertThat(contracts.billingHistory(created.id())).containsExactlyElementsOf(history);
        assertThat(history.getFirst().from()).isEqualTo(TermsInForce.BEGINNING);
        assertThat(history.getLast().from().monday()).isEqualTo(java.time.LocalDate.parse("2026-11-16"));
        db.useTransaction(tx -> tx.contracts().replaceBillingHistory(created.id(), history.subList(1, 2)));
        assertThat(contracts.billingHistory(created.id())).containsExactly(history.get(1));
    }
    @Test
    void closing_a_contract_changes_only_its_status() {
        ContractTerms created = contracts.create(Fixtures.terms(client, ana.id(), null));

        contracts.setStatus(created.id(), ContractStatus.CLOSED);

        ContractTerms read = contracts.find(created.id()).orElseThrow();
        assertThat(read.isClosed()).isTrue();
        assertThat(read).usingRecursiveComparison().ignoringFields("status").isEqualTo(created);
    }

    @Test
    void a_missing_contract_is_empty_and_cannot_be_updated() {
        assertThat(contracts.find(999)).isEmpty();
        assertThat(contracts.setStatus(999, ContractStatus.CLOSED)).isFalse();
    }

    @Test
    void contracts_are_listed_by_each_party() {
        User bob = Fixtures.freelancer(db, "bob@example.org");
        ContractTerms viaAgency = contracts.create(Fixtures.terms(client, ana.id(), agency));
        ContractTerms solo = contracts.create(Fixtures.terms(client, bob.id(), null));

        assertThat(contracts.listByFreelancer(ana.id())).containsExactly(viaAgency);
        assertThat(contracts.listByClientOrg(client)).containsExactly(viaAgency, solo);
        assertThat(contracts.listByAgencyOrg(agency)).containsExactly(viaAgency);
    }

    @Test
    void contracts_are_visible_to_their_freelancer_client_members_and_agency_leads_only() {
        User bob = Fixtures.freelancer(db, "bob@example.org");
        User clientUser = Fixtures.freelancer(db, "cli@example.org");
        User lead = Fixtures.freelancer(db, "lead@example.org");
        User colleague = Fixtures.freelancer(db, "col@example.org");
        db.accounts().putMember(client, clientUser.id(), Role.CLIENT);
        db.accounts().putMember(agency, lead.id(), Role.MANAGER);
        db.accounts().putMember(agency, colleague.id(), Role.FREELANCER);
        ContractTerms viaAgency = contracts.create(Fixtures.terms(client, ana.id(), agency));
        ContractTerms solo = contracts.create(Fixtures.terms(client, bob.id(), null));

        assertThat(contracts.listVisibleTo(ana.id())).containsExactly(viaAgency);
        assertThat(contracts.listVisibleTo(clientUser.id())).containsExactly(viaAgency, solo);
        assertThat(contracts.listVisibleTo(lead.id())).containsExactly(viaAgency);
        assertThat(contracts.listVisibleTo(colleague.id())).isEmpty();
    }
}
