package org.hourbook.core.contract;

/**
 * Where a contract stands. A client's offer starts as {@link #OFFERED}; accepting it makes it
 * {@link #ACTIVE}, and until then no time can be recorded ({@link OfferPolicy#timeAllowed}).
 * <pre>
 *   OFFERED ──accept──▶ ACTIVE ⇄ PAUSED ──close──▶ CLOSED
 *      ├──decline──▶ DECLINED
 *      └──withdraw─▶ WITHDRAWN
 * </pre>
 */
public enum ContractStatus {
    ACTIVE, PAUSED, CLOSED,
    /** Offered by the client, not answered yet. */
    OFFERED,
    /** The freelancer or agency said no to the offer. */
    DECLINED,
    /** The client took the offer back before it was answered. */
    WITHDRAWN;

    /** Agreed and not closed: its terms may change and (unless paused) time is recorded. */
    public boolean isOpen() {
        return this == ACTIVE || this == PAUSED;
    }

    /** An offer, pending or answered with no: never a contract anyone worked on. */
    public boolean isOffer() {
        return this == OFFERED || this == DECLINED || this == WITHDRAWN;
    }
}
