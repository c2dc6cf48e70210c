package org.hourbook.store.contract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.BillingTerms;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.LimitAction;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.TermsInForce;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Hourly contracts: their terms and status. */
public final class ContractRepository {
    private static final RowMapper<ContractTerms> TERMS = (rs, ctx) -> new ContractTerms(
            rs.getLong("id"),
            rs.getLong("client_org_id"),
            rs.getLong("freelancer_id"),
            Rows.nullableLong(rs, "agency_org_id"),
            rs.getString("title"),
            rs.getLong("rate_minor"),
            rs.getString("currency"),
            Rows.nullableInt(rs, "weekly_limit_hours"),
            rs.getInt("manual_time_allowed") != 0,
            JsonStrings.decode(rs.getString("activity_labels")),
            ScreenshotPolicy.valueOf(rs.getString("screenshot_policy")),
            rs.getInt("idle_minutes"),
            ZoneId.of(rs.getString("zone")),
            status(rs.getString("status"), rs.getString("offer_state")),
            BillingRounding.valueOf(rs.getString("rounding")),
            LimitAction.valueOf(rs.getString("at_limit")));
    /** Every contract read joins its offer, whose pending or refused state is the contract's status. */
    private static final String SELECT = """
            SELECT c.*, o.state AS offer_state FROM contracts c LEFT JOIN contract_offers o ON o.contract_id = c.id""";

    private final HandleSource handles;

    public ContractRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** Stores new terms; the {@code id} of {@code terms} is ignored and the assigned one returned. */
    public ContractTerms create(ContractTerms terms) {
        long id = handles.write(h -> bindTerms(h.createUpdate("""
                        INSERT INTO contracts (client_org_id, freelancer_id, agency_org_id, title, rate_minor, currency,
                            weekly_limit_hours, manual_time_allowed, activity_labels, screenshot_policy, idle_minutes, zone, status, rounding, at_limit)
                        VALUES (:clientOrgId, :freelancerId, :agencyOrgId, :title, :rateMinor, :currency,
                            :weeklyLimitHours, :manual, :labels, :screenshotPolicy, :idleMinutes, :zone, :status, :rounding, :atLimit)"""), terms)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return terms.withId(id);
    }

    public Optional<ContractTerms> find(long id) {
        return handles.with(h -> h.createQuery(SELECT + " WHERE c.id = :id").bind("id", id).map(TERMS).findOne());
    }

    /** Replaces every term (and status) of contract {@code terms.id()}; parties stay as they are. */
    public boolean update(ContractTerms terms) {
        return handles.write(h -> bindTerms(h.createUpdate("""
                        UPDATE contracts SET agency_org_id = :agencyOrgId, title = :title, rate_minor = :rateMinor,
                            currency = :currency, weekly_limit_hours = :weeklyLimitHours, manual_time_allowed = :manual,
                            activity_labels = :labels, screenshot_policy = :screenshotPolicy, idle_minutes = :idleMinutes,
                            zone = :zone, status = :status, rounding = :rounding, at_limit = :atLimit
                        WHERE id = :id"""), terms).bind("id", terms.id()).execute()) == 1;
    }

    /** The recorded billing terms of a contract, oldest first; empty when they never changed. */
    public List<TermsInForce.Change> billingHistory(long contractId) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM contract_billing_terms WHERE contract_id = :c ORDER BY effective_from""")
                .bind("c", contractId)
                .map((rs, ctx) -> new TermsInForce.Change(
                        BillingWeek.of(Instant.ofEpochSecond(rs.getLong("effective_from"))),
                        new BillingTerms(rs.getLong("rate_minor"), rs.getString("currency"), Rows.nullableInt(rs, "weekly_limit_hours"),
                                BillingRounding.valueOf(rs.getString("rounding")))))
                .list());
    }

    /**
     * Replaces the billing history of a contract (see {@link TermsInForce#afterChange}); run it in
     * the transaction that updates the terms.
     */
    public void replaceBillingHistory(long contractId, List<TermsInForce.Change> history) {
        handles.atomically(h -> {
            h.createUpdate("DELETE FROM contract_billing_terms WHERE contract_id = :c").bind("c", contractId).execute();
            if (history.isEmpty()) return 0;
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO contract_billing_terms (contract_id, effective_from, rate_minor, currency, weekly_limit_hours, rounding)
                    VALUES (:c, :from, :rate, :currency, :limit, :rounding)""");
            for (TermsInForce.Change c : history) {
                batch.bind("c", contractId).bind("from", c.from().start().getEpochSecond()).bind("rate", c.terms().rateMinor())
                        .bind("currency", c.terms().currency()).bind("limit", c.terms().weeklyLimitHours())
                        .bind("rounding", c.terms().rounding().name()).add();
            }
            return batch.execute().length;
        });
    }

    public boolean setStatus(long id, ContractStatus status) {
        return handles.write(h -> h.createUpdate("UPDATE contracts SET status = :status WHERE id = :id")
                .bind("id", id).bind("status", stored(status)).execute()) == 1;
    }

    /** Who works on it: an accepted offer's freelancer and agency (assigned by the agency that accepted it). */
    public boolean assign(long id, long freelancerId, Long agencyOrgId) {
        return handles.write(h -> h.createUpdate("UPDATE contracts SET freelancer_id = :f, agency_org_id = :a WHERE id = :id")
                .bind("id", id).bind("f", freelancerId).bind("a", agencyOrgId).execute()) == 1;
    }

    /**
     * The value of the {@code status} column: its CHECK allows the three states of an agreed
     * contract, so an offer's is kept as the nearest of them (see V7) and read from its offer.
     */
    static String stored(ContractStatus status) {
        return switch (status) {
            case OFFERED -> ContractStatus.PAUSED.name();
            case DECLINED, WITHDRAWN -> ContractStatus.CLOSED.name();
            case ACTIVE, PAUSED, CLOSED -> status.name();
        };
    }

    private static ContractStatus status(String column, String offerState) {
        if (offerState != null && !offerState.equals("ACCEPTED")) return ContractStatus.valueOf(offerState);
        return ContractStatus.valueOf(column);
    }

    public List<ContractTerms> listByFreelancer(long freelancerId) {
        return list("freelancer_id", freelancerId);
    }

    public List<ContractTerms> listByClientOrg(long orgId) {
        return list("client_org_id", orgId);
    }

    public List<ContractTerms> listByAgencyOrg(long orgId) {
        return list("agency_org_id", orgId);
    }

    /**
     * Every contract a user takes part in: as its freelancer, as a member of its client
     * organization, or as an OWNER/MANAGER of its agency. (Which fields they may change is the
     * server's business.)
     */
    public List<ContractTerms> listVisibleTo(long userId) {
        return handles.with(h -> h.createQuery(SELECT + """

                        WHERE c.freelancer_id = :user
                           OR c.client_org_id IN (SELECT org_id FROM memberships WHERE user_id = :user)
                           OR c.agency_org_id IN (SELECT org_id FROM memberships WHERE user_id = :user AND role IN ('OWNER', 'MANAGER'))
                        ORDER BY c.id""")
                .bind("user", userId).map(TERMS).list());
    }

    private List<ContractTerms> list(String column, long value) {
        return handles.with((Handle h) -> h.createQuery(SELECT + " WHERE c." + column + " = :v ORDER BY c.id")
                .bind("v", value).map(TERMS).list());
    }

    private static <S extends SqlStatement<S>> S bindTerms(S statement, ContractTerms t) {
        return statement
                .bind("clientOrgId", t.clientOrgId())
                .bind("freelancerId", t.freelancerId())
                .bind("agencyOrgId", t.agencyOrgId())
                .bind("title", t.title())
                .bind("rateMinor", t.rateMinor())
                .bind("currency", t.currency())
                .bind("weeklyLimitHours", t.weeklyLimitHours())
                .bind("manual", t.manualTimeAllowed() ? 1 : 0)
                .bind("labels", JsonStrings.encode(t.activityLabels()))
                .bind("screenshotPolicy", t.screenshotPolicy().name())
                .bind("idleMinutes", t.idleMinutes())
                .bind("zone", t.zone().getId())
                .bind("status", stored(t.status()))
                .bind("rounding", t.rounding().name())
                .bind("atLimit", t.atLimit().name());
    }
}
