package org.hourbook.store.contract;

import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Contract offers: who offered what to whom, and how it was answered. The contract's own row holds
 * the terms; {@link ContractRepository} reads a pending or refused offer's state as the contract's
 * status. Answering is one conditional update, so of two answers at once only one counts.
 */
public final class OfferRepository {
    private static final RowMapper<Offer> OFFER = (rs, ctx) -> new Offer(rs.getLong("contract_id"), state(rs.getString("state")),
            rs.getString("to_email"), Rows.nullableLong(rs, "offered_by"), Rows.millis(rs, "offered_at_ms"),
            Rows.nullableLong(rs, "answered_by"), Rows.millis(rs, "answered_at_ms"));

    private final HandleSource handles;

    public OfferRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** Records the offer of a contract just created (in the same transaction). */
    public Offer create(long contractId, String toEmail, long offeredBy, Instant now) {
        handles.write(h -> h.createUpdate("""
                        INSERT INTO contract_offers (contract_id, state, to_email, offered_by, offered_at_ms)
                        VALUES (:c, 'OFFERED', :to, :by, :now)""")
                .bind("c", contractId).bind("to", toEmail.strip()).bind("by", offeredBy).bind("now", now.toEpochMilli()).execute());
        return new Offer(contractId, ContractStatus.OFFERED, toEmail.strip(), offeredBy, Instant.ofEpochMilli(now.toEpochMilli()), null, null);
    }

    public Optional<Offer> find(long contractId) {
        return handles.with(h -> h.createQuery("SELECT * FROM contract_offers WHERE contract_id = :c")
                .bind("c", contractId).map(OFFER).findOne());
    }

    /**
     * Answers a pending offer: {@code ACTIVE} (accepted), {@code DECLINED} or {@code WITHDRAWN}.
     * True for exactly one caller, and only while it is pending; the contract's row changes with it
     * in the caller's transaction.
     */
    public boolean answer(long contractId, ContractStatus outcome, long by, Instant now) {
        String state = switch (outcome) {
            case ACTIVE -> "ACCEPTED";
            case DECLINED, WITHDRAWN -> outcome.name();
            default -> throw new IllegalArgumentException("an offer is answered ACTIVE, DECLINED or WITHDRAWN, not " + outcome);
        };
        return handles.write(h -> h.createUpdate("""
                        UPDATE contract_offers SET state = :state, answered_by = :by, answered_at_ms = :now
                        WHERE contract_id = :c AND state = 'OFFERED'""")
                .bind("c", contractId).bind("state", state).bind("by", by).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    private static ContractStatus state(String s) {
        return "ACCEPTED".equals(s) ? ContractStatus.ACTIVE : ContractStatus.valueOf(s);
    }
}
