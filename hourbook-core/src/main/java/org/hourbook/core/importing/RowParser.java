package org.hourbook.core.importing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one mapped row into a dated piece of time, or into every problem it has (not just the
 * first). The seconds come from the duration column; without one, from start to end.
 * <pre>
 *  Start 2026-03-14 23:30   End 2026-03-15 01:00   Duration 1:30:00   -> 5400 s from 23:30 local
 *  Start 2026-03-15 09:00   End 2026-03-15 08:00                      -> "end ... is before start ..."
 *  Date 2026-03-15 (no time), Hours 2.5                               -> 9000 s from the date's first instant
 * </pre>
 * A local time that a DST gap skips (02:30 on a spring-forward night) moves forward by the gap,
 * as the clocks did; one that happens twice takes the earlier offset.
 */
final class RowParser {
    /** A row that reads cleanly. {@code startTime} is {@code null} for date-only rows. */
    record ParsedRow(SourceRow source, LocalDate date, LocalTime startTime, Instant start, long seconds, boolean billable) {}

    /** @param row {@code null} when the row has problems or its date waits for the day/month order */
    record Outcome(ParsedRow row, List<ImportProblem> problems) {}

    private RowParser() {}

    static Outcome parse(SourceRow r, DayOrder order, ZoneId zone) {
        List<ImportProblem> problems = new ArrayList<>();
        boolean[] undecided = {false};
        LocalDate date = r.date().isBlank() ? missing(problems, r, r.date(), "date.missing", "missing date")
                : value(DateText.parse(r.date().text(), order), r, r.date(), problems, undecided);
        LocalTime startTime = optional(r.startTime()) ? value(ClockText.parse(r.startTime().text()), r, r.startTime(), problems, undecided) : null;
        LocalDate endDate = optional(r.endDate()) ? value(DateText.parse(r.endDate().text(), order), r, r.endDate(), problems, undecided) : null;
        LocalTime endTime = optional(r.endTime()) ? value(ClockText.parse(r.endTime().text()), r, r.endTime(), problems, undecided) : null;
        Cell durationCell = r.durations().stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
        Long duration = durationCell == null ? null : value(DurationText.parse(durationCell.text()), r, durationCell, problems, undecided);
        Boolean billable = optional(r.billable()) ? billable(r, problems) : Boolean.TRUE;
        if (!problems.isEmpty() || undecided[0]) return new Outcome(null, problems);

        Instant start = startTime == null ? date.atStartOfDay(zone).toInstant() : at(date.atTime(startTime), zone);
        Long seconds = duration;
        if (startTime != null && endTime != null) {
            LocalDateTime from = date.atTime(startTime);
            LocalDateTime to = (endDate == null ? date : endDate).atTime(endTime);
            if (to.isBefore(from)) {
                problems.add(new ImportProblem(r.line(), r.endTime().column(), "time.end_before_start",
                        "end " + text(to) + " is before start " + text(from)));
                return new Outcome(null, problems);
            }
            long between = Duration.between(start, at(to, zone)).getSeconds();
            if (seconds == null && between > DurationText.MAX_SECONDS) {
                problems.add(new ImportProblem(r.line(), r.endTime().column(), "duration.over_24h",
                        "from " + text(from) + " to " + text(to) + " is over 24 h"));
                return new Outcome(null, problems);
            }
            if (seconds == null) seconds = between;
        }
        if (seconds == null) {
            String column = r.durations().isEmpty() ? null : r.durations().getFirst().column();
            problems.add(new ImportProblem(r.line(), column, "duration.missing", "missing duration"));
            return new Outcome(null, problems);
        }
        return new Outcome(new ParsedRow(r, date, startTime, start, seconds, billable), problems);
    }

    private static boolean optional(Cell c) {
        return c.present() && !c.isBlank();
    }

    private static <T> T value(Parsed<T> parsed, SourceRow r, Cell cell, List<ImportProblem> problems, boolean[] undecided) {
        return switch (parsed) {
            case Parsed.Ok<T> ok -> ok.value();
            case Parsed.Bad<T> bad -> {
                problems.add(new ImportProblem(r.line(), cell.column(), bad.code(), bad.reason()));
                yield null;
            }
            case Parsed.Undecided<T> u -> {
                undecided[0] = true;
                yield null;
            }
        };
    }

    private static <T> T missing(List<ImportProblem> problems, SourceRow r, Cell cell, String code, String reason) {
        problems.add(new ImportProblem(r.line(), cell.column(), code, reason));
        return null;
    }

    /** Yes or no, also as exports in a German, French, Spanish, Portuguese or Dutch interface write it. */
    private static Boolean billable(SourceRow r, List<ImportProblem> problems) {
        return switch (r.billable().text().strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "billable", "ja", "oui", "sí", "si", "sim" -> true;
            case "no", "n", "false", "0", "non-billable", "not billable", "unbillable", "nein", "non", "não", "nao", "nee" -> false;
            default -> {
                problems.add(new ImportProblem(r.line(), r.billable().column(), "billable.bad",
                        "billable '" + r.billable().text() + "': expected yes or no"));
                yield null;
            }
        };
    }

    private static Instant at(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static String text(LocalDateTime t) {
        return t.toLocalDate() + " " + t.toLocalTime();
    }
}
