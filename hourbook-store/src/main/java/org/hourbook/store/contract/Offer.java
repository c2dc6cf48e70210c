package org.hourbook.store.contract;

import java.time.Instant;
import org.hourbook.core.contract.ContractStatus;

/**
 * A client's offer of a contract, as stored next to the contract it proposes.
 *
 * @param state      OFFERED while pending, then ACTIVE (accepted), DECLINED or WITHDRAWN
 * @param toEmail    whom it was offered to
 * @param answeredBy who accepted, declined or withdrew it ({@code null} while pending)
 */
public record Offer(long contractId, ContractStatus state, String toEmail, Long offeredBy, Instant offeredAt, Long answeredBy,
                    Instant answeredAt) {}
