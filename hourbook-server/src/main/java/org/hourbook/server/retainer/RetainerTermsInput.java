package org.hourbook.server.retainer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.hourbook.api.retainer.RetainerSpec;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.retainer.RetainerTermsPolicy;
import org.hourbook.core.retainer.Rollover;
import org.hourbook.server.Refusal;

/** Turns what a person sent ({@link RetainerSpec}) into retainer terms, or refuses naming the field. */
public final class RetainerTermsInput {
    private RetainerTermsInput() {}

    public static RetainerTerms parse(RetainerSpec spec, ZoneId zone) {
        if (spec == null) throw Refusal.invalid("retainer.terms", "retainer", "a retainer needs its cap and cycle");
        if (spec.capHours() == null) throw Refusal.invalid("retainer.cap", "capHours", "Enter the hours per cycle, e.g. 20.");
        long cap = seconds(spec.capHours(), "capHours");
        Refusal.check(RetainerTermsPolicy.checkCap(cap));
        CycleRule rule = rule(spec);
        Rollover rollover = switch (lower(spec.rollover(), "none")) {
            case "none" -> Rollover.NONE;
            case "carry" -> {
                if (spec.rolloverMaxHours() == null) yield Rollover.unlimited();
                long max = seconds(spec.rolloverMaxHours(), "rolloverMaxHours");
                Refusal.check(RetainerTermsPolicy.checkRolloverMax(max));
                yield Rollover.upTo(max);
            }
            default -> throw Refusal.invalid("retainer.rollover", "rollover", "Rollover is none or carry.");
        };
        return new RetainerTerms(cap, rule, rollover, !Boolean.FALSE.equals(spec.overageAllowed()), zone);
    }

    private static CycleRule rule(RetainerSpec spec) {
        return switch (lower(spec.cycle(), "monthly")) {
            case "monthly" -> {
                int day = spec.cycleDay() == null ? 1 : spec.cycleDay();
                Refusal.check(RetainerTermsPolicy.checkMonthlyDay(day));
                yield new CycleRule.Monthly(day);
            }
            case "weekly" -> new CycleRule.Weekly(weekday(spec.cycleWeekday()));
            case "every_n_weeks" -> {
                int weeks = spec.cycleWeeks() == null ? 2 : spec.cycleWeeks();
                Refusal.check(RetainerTermsPolicy.checkEveryWeeks(weeks));
                if (spec.cycleAnchor() == null || spec.cycleAnchor().isBlank()) {
                    throw Refusal.invalid("retainer.cycle_anchor", "cycleAnchor", "Give the date the first of these cycles starts.");
                }
                try {
                    yield new CycleRule.EveryNWeeks(weeks, LocalDate.parse(spec.cycleAnchor().strip()));
                } catch (DateTimeException e) {
                    throw Refusal.invalid("retainer.cycle_anchor", "cycleAnchor", "Enter the start date as YYYY-MM-DD.");
                }
            }
            default -> throw Refusal.invalid("retainer.cycle", "cycle", "The cycle is monthly, weekly or every few weeks.");
        };
    }

    private static DayOfWeek weekday(String text) {
        if (text == null || text.isBlank()) return DayOfWeek.MONDAY;
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("retainer.cycle_weekday", "cycleWeekday", "Choose a weekday, e.g. Monday.");
        }
    }

    private static long seconds(BigDecimal hours, String field) {
        try {
            if (hours.abs().compareTo(BigDecimal.valueOf(RetainerTermsPolicy.MAX_CAP_SECONDS)) > 0) {
                throw Refusal.invalid("retainer.hours", field, "That is far too many hours.");
            }
            return RetainerTerms.secondsOf(hours);
        } catch (ArithmeticException e) {
            throw Refusal.invalid("retainer.hours", field, "Enter hours as a number, e.g. 12.5.");
        }
    }

    private static String lower(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** The terms as the API and the audit log show them. */
    public static RetainerSpec spec(RetainerTerms t, boolean alertClient) {
        String cycle;
        Integer day = null, weeks = null;
        String weekday = null, anchor = null;
        switch (t.cycle()) {
            case CycleRule.Monthly m -> {
                cycle = "monthly";
                day = m.day();
            }
            case CycleRule.Weekly w -> {
                cycle = "weekly";
                weekday = w.day().name();
            }
            case CycleRule.EveryNWeeks n -> {
                cycle = "every_n_weeks";
                weeks = n.weeks();
                anchor = n.anchor().toString();
            }
        }
        String rollover = t.rollover() instanceof Rollover.Carry ? "carry" : "none";
        BigDecimal max = t.rollover() instanceof Rollover.Carry c && c.maxSeconds() != null
                ? org.hourbook.core.week.Hours.decimal(c.maxSeconds()) : null;
        return new RetainerSpec(t.capHours(), cycle, day, weekday, weeks, anchor, rollover, max, t.overageAllowed(), alertClient);
    }
}
