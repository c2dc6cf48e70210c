package org.hourbook.server.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hourbook.api.contract.NewContract;
import org.hourbook.core.access.ContractAccess.TermField;
import org.hourbook.core.access.ContractAccess;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.BillingTerms;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.LimitAction;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.TermsInForce;
import org.hourbook.server.Refusal;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.Database;

/**
 * Contracts: who sees which, changing their terms field by field, closing them (a new one starts
 * as an offer: {@link OfferService}). Every other feature asks {@link #visible} first, so "not
 * yours" is a 404 everywhere.
 */
public final class ContractService {
    private final Database db;
    private final AuditService audit;
    private final Clock clock;

    public ContractService(Database db, AuditService audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The contract and the viewer's rights on it, or a 404 when it is missing or not theirs to see. */
    public Visible visible(Viewer viewer, long contractId) {
        return find(viewer, contractId).orElseThrow(() -> Refusal.notFound("contract"));
    }

    public Optional<Visible> find(Viewer viewer, long contractId) {
        return db.contracts().find(contractId)
                .flatMap(t -> ContractAccess.of(viewer.id(), viewer.memberships(), t).map(a -> new Visible(t, a)));
    }

    /**
     * The contract as it was billed in {@code week}: rate, currency, weekly limit and rounding in
     * force then (see {@link TermsInForce}); rights and everything else as now.
     */
    public Visible inForce(Visible v, BillingWeek week) {
        return new Visible(TermsInForce.forWeek(v.terms(), db.contracts().billingHistory(v.id()), week), v.access());
    }

    /** The terms of each of {@code weeks}, with one history lookup. */
    public Map<BillingWeek, ContractTerms> inForce(Visible v, Collection<BillingWeek> weeks) {
        List<TermsInForce.Change> history = db.contracts().billingHistory(v.id());
        Map<BillingWeek, ContractTerms> out = new LinkedHashMap<>();
        for (BillingWeek w : weeks) out.put(w, TermsInForce.forWeek(v.terms(), history, w));
        return out;
    }

    public List<Visible> list(Viewer viewer) {
        List<Visible> out = new ArrayList<>();
        for (ContractTerms t : db.contracts().listVisibleTo(viewer.id())) {
            ContractAccess.of(viewer.id(), viewer.memberships(), t).ifPresent(a -> out.add(new Visible(t, a)));
        }
        return out;
    }

    /** Of these contracts, the retainers. */
    public java.util.Set<Long> retainerIds(List<Long> contractIds) {
        return new java.util.HashSet<>(db.retainers().retainerIds(contractIds));
    }

    /** Who a contract is between, by name, as every page of it says ("Fran Freelancer for Acme"). */
    public record Parties(String client, String freelancer) {
        public String line() {
            return freelancer + " for " + client;
        }
    }

    public Parties parties(ContractTerms t) {
        return new Parties(db.accounts().findOrganization(t.clientOrgId()).map(Organization::name).orElse("Unknown"),
                db.accounts().findUser(t.freelancerId()).map(User::name).orElse("Unknown"));
    }

    /** The seconds billed so far in this billing week (before the weekly limit), as the contracts list shows them. */
    public long weekSeconds(Visible v) {
        BillingWeek week = BillingWeek.of(clock.instant());
        return db.segments().findTimingByContract(v.id(), week.start(), week.end()).stream()
                .mapToLong(s -> TrackedTime.billableSeconds(s, v.terms().rounding())).sum();
    }

    /** The client organizations the viewer owns or manages: where they may start contracts. */
    public List<Organization> clientOrgsLed(Viewer viewer) {
        return viewer.seats().stream().filter(s -> s.org().kind() == OrgKind.CLIENT)
                .filter(s -> s.membership().role() == Role.OWNER || s.membership().role() == Role.MANAGER)
                .map(s -> s.org()).toList();
    }

    /** The client organization of a new offer: one the viewer owns or manages (422 otherwise). */
    Organization clientFor(Viewer viewer, Long clientOrgId) {
        if (clientOrgId == null) throw Refusal.invalid("contract.client", "clientOrgId", "clientOrgId is required");
        return db.accounts().findOrganization(clientOrgId)
                .filter(o -> o.kind() == OrgKind.CLIENT)
                .filter(o -> isLead(viewer, o.id()))
                .orElseThrow(() -> Refusal.invalid("contract.client", "clientOrgId",
                        "you can offer contracts only for a client organization you own or manage"));
    }

    /** The terms of a new offer, each value checked (422 naming the field); the freelancer is set when it is stored. */
    static ContractTerms draft(NewContract req, long clientOrgId, long freelancerId) {
        if (req.kind() != null && !req.wantsRetainer() && !req.kind().strip().equalsIgnoreCase("hourly")) {
            throw Refusal.invalid("contract.kind", "kind", "A contract is hourly or a retainer.");
        }
        // A retainer counts hours per cycle against its cap: it has no weekly limit.
        return new ContractTerms(0, clientOrgId, freelancerId, req.agencyOrgId(), TermValues.title(req.title()),
                TermValues.rate(req.rateMinor()), TermValues.currency(req.currency()),
                req.wantsRetainer() ? null : TermValues.limit(req.weeklyLimitHours()),
                Boolean.TRUE.equals(req.manualTimeAllowed()), TermValues.labels(req.activityLabels()),
                TermValues.screenshotPolicy(req.screenshotPolicy()), TermValues.idle(req.idleMinutes()), TermValues.zone(req.zone()),
                ContractStatus.OFFERED, TermValues.rounding(req.rounding()),
                TermValues.enumValue(LimitAction.class, req.atLimit(), "atLimit", LimitAction.STOP));
    }

    /**
     * Changes the named terms. A field the viewer may not change rejects the whole request (403,
     * field named) and changes nothing; unknown fields are a 422.
     */
    public Visible patch(Viewer viewer, long contractId, JsonNode body) {
        Visible v = visible(viewer, contractId);
        if (body == null || !body.isObject()) throw Refusal.invalid("validation", null, "send a JSON object of terms to change");
        EnumSet<TermField> fields = EnumSet.noneOf(TermField.class);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            fields.add(TermField.byJsonName(name).orElseThrow(() ->
                    Refusal.invalid("contract.unknown_field", name, name + " is not a contract term")));
        }
        if (fields.isEmpty()) throw Refusal.invalid("validation", null, "nothing to change");
        if (v.access().mayChange(fields) instanceof org.hourbook.core.policy.Decision.Rejected r) {
            throw new Refusal.Forbidden(r.violation());
        }
        if (v.terms().isClosed()) throw Refusal.conflict("contract.closed", null, "this contract is closed; its terms are final");
        if (fields.contains(TermField.WEEKLY_LIMIT) && !body.get("weeklyLimitHours").isNull() && db.retainers().find(contractId).isPresent()) {
            throw Refusal.invalid("retainer.weekly_limit", "weeklyLimitHours", "A retainer has a cap per cycle, not a weekly limit.");
        }
        if (v.terms().status().isOffer()) throw notAgreed(v);
        ContractTerms updated = apply(v.terms(), body);
        BillingTerms billedBefore = BillingTerms.of(v.terms());
        BillingTerms billedAfter = BillingTerms.of(updated);
        db.useTransaction(tx -> {
            tx.contracts().update(updated);
            if (!billedAfter.equals(billedBefore)) {
                // From this billing week on; earlier weeks keep the terms they were worked under.
                tx.contracts().replaceBillingHistory(contractId, TermsInForce.afterChange(
                        tx.contracts().billingHistory(contractId), billedBefore, billedAfter, clock.instant()));
            }
            audit.record(tx, contractId, viewer.id(), "contract.update", "contract", Long.toString(contractId),
                    changed(v.terms(), fields), changed(updated, fields));
        });
        return visible(viewer, contractId);
    }

    public Visible close(Viewer viewer, long contractId) {
        Visible v = visible(viewer, contractId);
        if (!v.access().canClose()) throw Refusal.forbidden("access.close", null, "only the client's owner or manager closes a contract");
        if (v.terms().isClosed()) return v;
        if (v.terms().status().isOffer()) throw notAgreed(v);
        db.useTransaction(tx -> {
            tx.contracts().setStatus(contractId, ContractStatus.CLOSED);
            audit.record(tx, contractId, viewer.id(), "contract.close", "contract", Long.toString(contractId),
                    Map.of("status", v.terms().status().name()), Map.of("status", ContractStatus.CLOSED.name()));
        });
        return visible(viewer, contractId);
    }

    /** An offer is not a contract yet (or never became one): its terms are what was offered. */
    private static Refusal notAgreed(Visible v) {
        return v.terms().status() == ContractStatus.OFFERED
                ? Refusal.conflict("offer.pending", null, "this offer waits for an answer; withdraw it and make a new one to change its terms")
                : Refusal.conflict("offer.answered", null, "this offer was " + v.terms().status().name().toLowerCase() + "; nothing more changes");
    }

    private boolean isLead(Viewer viewer, long orgId) {
        return clientOrgsLed(viewer).stream().anyMatch(o -> o.id() == orgId);
    }

    private static ContractTerms apply(ContractTerms t, JsonNode b) {
        String title = b.has("title") ? TermValues.title(TermValues.text(b.get("title"), "title")) : t.title();
        long rate = b.has("rateMinor") ? TermValues.rate(TermValues.number(b.get("rateMinor"), "rateMinor")) : t.rateMinor();
        String currency = b.has("currency") ? TermValues.currency(TermValues.text(b.get("currency"), "currency")) : t.currency();
        Integer limit = b.has("weeklyLimitHours")
                ? TermValues.limit(toInt(TermValues.number(b.get("weeklyLimitHours"), "weeklyLimitHours"))) : t.weeklyLimitHours();
        boolean manual = b.has("manualTimeAllowed") ? TermValues.bool(b.get("manualTimeAllowed"), "manualTimeAllowed") : t.manualTimeAllowed();
        List<String> labels = b.has("activityLabels")
                ? TermValues.labels(TermValues.strings(b.get("activityLabels"), "activityLabels")) : t.activityLabels();
        var shots = b.has("screenshotPolicy")
                ? TermValues.screenshotPolicy(TermValues.text(b.get("screenshotPolicy"), "screenshotPolicy")) : t.screenshotPolicy();
        int idle = b.has("idleMinutes") ? TermValues.idle(toInt(TermValues.number(b.get("idleMinutes"), "idleMinutes"))) : t.idleMinutes();
        var zone = b.has("zone") ? TermValues.zone(TermValues.text(b.get("zone"), "zone")) : t.zone();
        var rounding = b.has("rounding") ? TermValues.rounding(TermValues.text(b.get("rounding"), "rounding")) : t.rounding();
        var status = b.has("status") ? TermValues.status(TermValues.text(b.get("status"), "status")) : t.status();
        var atLimit = b.has("atLimit")
                ? TermValues.enumValue(LimitAction.class, TermValues.text(b.get("atLimit"), "atLimit"), "atLimit", LimitAction.STOP) : t.atLimit();
        return new ContractTerms(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), title, rate, currency, limit, manual,
                labels, shots, idle, zone, status, rounding, atLimit);
    }

    private static Integer toInt(Long v) {
        if (v == null) return null;
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Refusal.invalid("validation", null, "number out of range");
        return v.intValue();
    }

    /** The audited view of the changed fields only. */
    private static Map<String, Object> changed(ContractTerms t, EnumSet<TermField> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (TermField f : fields) {
            m.put(f.jsonName(), switch (f) {
                case TITLE -> t.title();
                case RATE -> t.rateMinor();
                case CURRENCY -> t.currency();
                case WEEKLY_LIMIT -> t.weeklyLimitHours();
                case MANUAL_TIME -> t.manualTimeAllowed();
                case ACTIVITY_LABELS -> t.activityLabels();
                case SCREENSHOT_POLICY -> t.screenshotPolicy().name();
                case IDLE_MINUTES -> t.idleMinutes();
                case ZONE -> t.zone().getId();
                case ROUNDING -> t.rounding().name();
                case STATUS -> t.status().name();
                case AT_LIMIT -> t.atLimit().name();
            });
        }
        return m;
    }
}
