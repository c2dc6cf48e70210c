package org.hourbook.api.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A CSV import's preview, or what the import did ({@code importId}, {@code added} set): the
 * answer of {@code POST /api/v1/contracts/{id}/imports} and what {@code hourbook import --json} prints.
 *
 * @param format        the detected format ({@code TOGGL}, {@code CLOCKIFY}, {@code HARVEST}, {@code GENERIC}), null when unknown
 * @param rows          data rows read
 * @param hours         hours of the importable rows
 * @param problems      every problem (the first 1,000; {@code problemCount} counts all)
 * @param alreadyThere  importable rows the contract already has (they will not count twice)
 * @param askDayOrder   the file's dates read both ways: send {@code dayOrder} (DAY_FIRST or MONTH_FIRST)
 * @param warning       the overage warning when the retainer does not allow going over its cap
 */
public record ImportSummary(String format, int rows, BigDecimal hours, List<Problem> problems, int problemCount, int entries,
                            int alreadyThere, LocalDate firstDate, LocalDate lastDate, String dayOrder, boolean askDayOrder,
                            List<String> clients, List<String> projects, String warning, Long importId, Integer added) {

    /** One problem of the file, by line and column. */
    public record Problem(int line, String column, String code, String reason) {}
}
