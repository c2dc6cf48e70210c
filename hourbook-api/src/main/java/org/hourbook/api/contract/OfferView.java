package org.hourbook.api.contract;

import java.time.Instant;

/**
 * A contract's offer: to whom, by whom, and how it was answered.
 *
 * @param state OFFERED (pending), ACCEPTED, DECLINED or WITHDRAWN
 * @param link  only in the answer that made or re-sent the offer: the address to send the person
 *              (an invitation link, usable once, when they have no account yet); {@code null} otherwise
 */
public record OfferView(long contractId, String state, String toEmail, Long offeredBy, Instant offeredAt, Long answeredBy,
                        Instant answeredAt, String link) {}
