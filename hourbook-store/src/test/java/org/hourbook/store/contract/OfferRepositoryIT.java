package org.hourbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.ZoneId;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
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
class OfferRepositoryIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    User ana;
    User client;
    long clientOrg;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        ana = Fixtures.freelancer(db, "ana@example.org");
        client = db.accounts().createUser("cleo@client.test", "Cleo", ZoneId.of("UTC"), null, NOW);
        clientOrg = db.accounts().createOrganization("Client Co", OrgKind.CLIENT, NOW).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    ContractTerms offered() {
        return db.inTransaction(tx -> {
            ContractTerms t = Fixtures.terms(clientOrg, ana.id(), null);
            ContractTerms c = tx.contracts().create(withStatus(t, ContractStatus.OFFERED));
            tx.offers().create(c.id(), "ana@example.org", client.id(), NOW);
            return c;
        });
    }

    static ContractTerms withStatus(ContractTerms t, ContractStatus s) {
        return new ContractTerms(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), t.title(), t.rateMinor(), t.currency(),
                t.weeklyLimitHours(), t.manualTimeAllowed(), t.activityLabels(), t.screenshotPolicy(), t.idleMinutes(), t.zone(), s,
                t.rounding());
    }

    @Test
    void a_pending_offer_reads_as_an_offered_contract_everywhere() {
        ContractTerms c = offered();

        assertThat(c.status()).isEqualTo(ContractStatus.OFFERED);
        assertThat(db.contracts().find(c.id()).orElseThrow().status()).isEqualTo(ContractStatus.OFFERED);
        assertThat(db.contracts().listVisibleTo(ana.id())).extracting(ContractTerms::status).containsExactly(ContractStatus.OFFERED);
        assertThat(db.contracts().listByClientOrg(clientOrg)).extracting(ContractTerms::status).containsExactly(ContractStatus.OFFERED);
        assertThat(db.offers().find(c.id()).orElseThrow().toEmail()).isEqualTo("ana@example.org");
        // Changing the terms of an offer keeps it an offer.
        db.contracts().update(withStatus(db.contracts().find(c.id()).orElseThrow(), ContractStatus.OFFERED));
        assertThat(db.contracts().find(c.id()).orElseThrow().status()).isEqualTo(ContractStatus.OFFERED);
    }

    @Test
    void an_offer_is_answered_once_and_an_accepted_one_is_an_active_contract() {
        ContractTerms c = offered();

        boolean accepted = db.inTransaction(tx -> {
            boolean first = tx.offers().answer(c.id(), ContractStatus.ACTIVE, ana.id(), NOW);
            tx.contracts().setStatus(c.id(), ContractStatus.ACTIVE);
            return first;
        });

        assertThat(accepted).isTrue();
        assertThat(db.offers().answer(c.id(), ContractStatus.DECLINED, ana.id(), NOW)).as("only one answer counts").isFalse();
        assertThat(db.contracts().find(c.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
        var offer = db.offers().find(c.id()).orElseThrow();
        assertThat(offer.state()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(offer.answeredBy()).isEqualTo(ana.id());
    }

    @Test
    void a_declined_offer_reads_as_declined_and_its_row_as_closed() {
        ContractTerms c = offered();

        db.useTransaction(tx -> {
            tx.offers().answer(c.id(), ContractStatus.DECLINED, ana.id(), NOW);
            tx.contracts().setStatus(c.id(), ContractStatus.DECLINED);
        });

        assertThat(db.contracts().find(c.id()).orElseThrow().status()).isEqualTo(ContractStatus.DECLINED);
        String column = db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM contracts WHERE id = :id").bind("id", c.id())
                .mapTo(String.class).one());
        assertThat(column).isEqualTo("CLOSED");
    }

    @Test
    void an_agency_that_accepts_assigns_its_freelancer() {
        ContractTerms c = offered();
        User bob = Fixtures.freelancer(db, "bob@example.org");
        long agency = db.accounts().createOrganization("Pixel", OrgKind.AGENCY, NOW).id();

        assertThat(db.contracts().assign(c.id(), bob.id(), agency)).isTrue();

        ContractTerms after = db.contracts().find(c.id()).orElseThrow();
        assertThat(after.freelancerId()).isEqualTo(bob.id());
        assertThat(after.agencyOrgId()).isEqualTo(agency);
    }
}
