package org.hourbook.api.retainer;

import java.math.BigDecimal;

/**
 * A retainer's terms as sent to create one ({@code NewContract.retainer}) or to change them
 * ({@code PUT /api/v1/contracts/{id}/retainer}).
 *
 * @param cycle            {@code monthly} (on {@code cycleDay} 1..31), {@code weekly} (on {@code cycleWeekday},
 *                         e.g. {@code MONDAY}) or {@code every_n_weeks} ({@code cycleWeeks} from {@code cycleAnchor}, a date)
 * @param rollover         {@code none} (default) or {@code carry}, optionally up to {@code rolloverMaxHours}
 * @param overageAllowed   false: the import and the tracker warn at the cap (time is still kept)
 * @param alertClient      the client's contacts get the 80 %/100 % mails too (the freelancer always does)
 */
public record RetainerSpec(BigDecimal capHours, String cycle, Integer cycleDay, String cycleWeekday, Integer cycleWeeks,
                           String cycleAnchor, String rollover, BigDecimal rolloverMaxHours, Boolean overageAllowed,
                           Boolean alertClient) {}
