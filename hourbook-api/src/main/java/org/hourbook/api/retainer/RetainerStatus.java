package org.hourbook.api.retainer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a retainer stands, as its public link's JSON and the API show it: the current cycle's
 * balance, its work log (curated lines only, never raw text) and the past cycles' totals.
 *
 * @param remainingHours  0 when over; {@code overHours} then says by how much
 * @param resetsOn        the next cycle's first day in the contract's zone
 * @param cycleStart      this cycle's first day
 */
public record RetainerStatus(String title, BigDecimal capHours, BigDecimal rolloverHours, BigDecimal usedHours,
                             BigDecimal remainingHours, BigDecimal overHours, int percentUsed, String headline,
                             LocalDate cycleStart, LocalDate cycleEnd, LocalDate resetsOn, long daysToReset, String zone,
                             List<Line> lines, List<PastCycle> pastCycles, Instant updatedAt) {

    /** One work-log line: "Homepage redesign — 2h". */
    public record Line(LocalDate day, LocalDate lastDay, String text, BigDecimal hours) {}

    /** A cycle gone by, with its totals. */
    public record PastCycle(LocalDate cycleStart, LocalDate cycleEnd, BigDecimal capHours, BigDecimal rolloverHours,
                            BigDecimal usedHours) {}
}
