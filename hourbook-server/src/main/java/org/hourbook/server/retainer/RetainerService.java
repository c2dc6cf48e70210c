package org.hourbook.server.retainer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hourbook.api.retainer.RetainerSpec;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.retainer.CycleSchedule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.core.worklog.Curation;
import org.hourbook.server.Refusal;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.retainer.StoredRetainer;

/**
 * Retainers: creating one with a contract, its balance and cycles, changing its terms (from the
 * next cycle, audited), the alert setting. Every related person sees the balance and the curated
 * log; the freelancer curates, shares and imports; the client's owners and managers set the terms.
 */
public final class RetainerService {
    private final Database db;
    private final ContractService contracts;
    private final AuditService audit;
    private final Clock clock;

    public RetainerService(Database db, ContractService contracts, AuditService audit, Clock clock) {
        this.db = db;
        this.contracts = contracts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A contract the viewer may see that is a retainer, with its row; 404 for hourly contracts. */
    public record Seen(Visible contract, StoredRetainer retainer) {
        public long id() {
            return contract.id();
        }
    }

    public Seen seen(Viewer viewer, long contractId) {
        Visible v = contracts.visible(viewer, contractId);
        StoredRetainer r = db.retainers().find(contractId).orElseThrow(() -> Refusal.notARetainer(v.terms().title()));
        return new Seen(v, r);
    }

    public Optional<StoredRetainer> find(long contractId) {
        return db.retainers().find(contractId);
    }

    /**
     * Stores a new contract's retainer terms, in the transaction that creates the contract. The
     * first cycle is the one holding {@code now}.
     */
    public static void create(Repositories tx, AuditService audit, ContractTerms contract, RetainerTerms terms, boolean alertClient,
                              long actorId, Instant now) {
        tx.retainers().create(contract.id(), terms, alertClient, now);
        audit.record(tx, contract.id(), actorId, "retainer.create", "retainer", Long.toString(contract.id()), null,
                RetainerTermsInput.spec(terms, alertClient));
    }

    /** The retainer worked out now, for someone who may see it. */
    public RetainerBook book(Seen s) {
        return book(s.contract().terms(), s.retainer(), clock.instant());
    }

    /** The retainer worked out at {@code now}, with no viewer (the public link, alerts). */
    RetainerBook book(ContractTerms contract, StoredRetainer r, Instant now) {
        return db.reading(() -> {
            List<CycleSchedule.Change> history = db.retainers().history(contract.id());
            Instant from = CycleSchedule.of(r.terms(), history).containing(r.startedAt().isAfter(now) ? now : r.startedAt()).start();
            List<WorkEntry> entries = new ArrayList<>(db.retainers().segmentEntries(contract.id(), from, contract.rounding()));
            entries.addAll(db.imports().workEntries(contract.id()));
            Curation curation = db.retainers().curation(contract.id()).map(c -> CurationCodec.decode(c.json())).orElse(Curation.NONE);
            return RetainerBook.of(contract, r, history, entries, curation, now);
        });
    }

    public RetainerBook book(long contractId) {
        ContractTerms c = db.contracts().find(contractId).orElseThrow(() -> Refusal.notFound("contract"));
        StoredRetainer r = db.retainers().find(contractId).orElseThrow(() -> Refusal.notFound("retainer"));
        return book(c, r, clock.instant());
    }

    /**
     * New terms from the next cycle on (the current cycle keeps the terms it is worked under). The
     * client's owners and managers set them, as they set an hourly contract's billing terms.
     */
    public Seen changeTerms(Viewer viewer, long contractId, RetainerSpec spec) {
        Seen s = seen(viewer, contractId);
        if (!s.contract().access().canClose()) {
            throw Refusal.forbidden("access.retainer_terms", null, "only the client's owners and managers change a retainer's terms");
        }
        if (s.contract().terms().isClosed()) throw Refusal.conflict("contract.closed", null, "this contract is closed; its terms are final");
        RetainerTerms before = s.retainer().terms();
        RetainerTerms after = RetainerTermsInput.parse(spec, before.zone());
        boolean alert = spec.alertClient() == null ? s.retainer().alertClient() : spec.alertClient();
        Instant now = clock.instant();
        db.useTransaction(tx -> {
            if (!after.equals(before)) {
                tx.retainers().replaceHistory(contractId, CycleSchedule.afterChange(tx.retainers().history(contractId), before, after, now));
                tx.retainers().updateTerms(contractId, after);
            }
            if (alert != s.retainer().alertClient()) tx.retainers().setAlertClient(contractId, alert);
            tx.retainers().bump(contractId);
            audit.record(tx, contractId, viewer.id(), "retainer.update", "retainer", Long.toString(contractId),
                    RetainerTermsInput.spec(before, s.retainer().alertClient()), Map.of("terms", RetainerTermsInput.spec(after, alert),
                            "effectiveFrom", CycleSchedule.of(before, tx.retainers().history(contractId)).effectiveFrom(now).toString()));
        });
        return seen(viewer, contractId);
    }

    /** The freelancer decides whether the client's contacts get the 80 %/100 % mails too. */
    public Seen setClientAlerts(Viewer viewer, long contractId, boolean on) {
        Seen s = seen(viewer, contractId);
        if (!s.contract().access().canEditTime() && !s.contract().access().canClose()) {
            throw Refusal.forbidden("access.retainer_alerts", "alertClient", "only the freelancer or the client's owners and managers set this");
        }
        if (on == s.retainer().alertClient()) return s;
        db.useTransaction(tx -> {
            tx.retainers().setAlertClient(contractId, on);
            audit.record(tx, contractId, viewer.id(), "retainer.alerts", "retainer", Long.toString(contractId),
                    Map.of("alertClient", s.retainer().alertClient()), Map.of("alertClient", on));
        });
        return seen(viewer, contractId);
    }

    public Instant now() {
        return clock.instant();
    }

    Clock clock() {
        return clock;
    }
}
