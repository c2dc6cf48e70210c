package org.hourbook.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.Source;
import org.hourbook.core.week.BillingWeek;

/** Generators shared by the property tests: awkward zones, weeks across years of DST rules, segments. */
public final class TimeArbitraries {
    /** Whole-hour, half-hour and 45-minute offsets; 1-hour, 30-minute and quarter-to DST shifts. */
    public static final List<String> ZONES = List.of("UTC", "Europe/London", "America/New_York", "America/St_Johns",
            "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2019, 12, 30);
    private static final int SLOTS_PER_WEEK = 7 * 24 * 6;

    private TimeArbitraries() {}

    public static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    /** Weeks from 2020 to about 2035, so that every zone's DST days come up. */
    public static Arbitrary<BillingWeek> weeks() {
        return Arbitraries.integers().between(0, 52 * 16).map(n -> new BillingWeek(FIRST_MONDAY.plusWeeks(n)));
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 16).map(FIRST_MONDAY::plusDays);
    }

    /** A zone and a local date in it; half of the time a date next to one of the zone's offset changes. */
    public record ZoneDate(ZoneId zone, LocalDate date) {}

    public static Arbitrary<ZoneDate> zoneDates() {
        return zones().flatMap(zone -> {
            List<Instant> changes = offsetChanges(zone);
            Arbitrary<LocalDate> nearChange = changes.isEmpty()
                    ? dates()
                    : Combinators.combine(Arbitraries.of(changes), Arbitraries.integers().between(-1, 1))
                            .as((t, d) -> LocalDate.ofInstant(t, zone).plusDays(d));
            return Arbitraries.oneOf(dates(), nearChange).map(date -> new ZoneDate(zone, date));
        });
    }

    /** A zone and a billing week; half of the time a week in which the zone changes its offset. */
    public record ZoneWeek(ZoneId zone, BillingWeek week) {}

    public static Arbitrary<ZoneWeek> zoneWeeks() {
        return zones().flatMap(zone -> {
            List<Instant> changes = offsetChanges(zone);
            Arbitrary<BillingWeek> withChange = changes.isEmpty() ? weeks() : Arbitraries.of(changes).map(BillingWeek::of);
            return Arbitraries.oneOf(weeks(), withChange).map(week -> new ZoneWeek(zone, week));
        });
    }

    /** The zone's offset changes between 2020 and 2036 (DST and rule changes). */
    static List<Instant> offsetChanges(ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        Instant end = Instant.parse("2036-01-01T00:00:00Z");
        var t = zone.getRules().nextTransition(Instant.parse("2020-01-01T00:00:00Z"));
        while (t != null && t.getInstant().isBefore(end)) {
            out.add(t.getInstant());
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return out;
    }

    /** What a generated segment looks like before it is placed in a week. */
    public record Spec(int slot, int trackedSeconds, boolean manual, int activeMinutes, boolean screenshot, boolean memo) {}

    /** Up to {@code max} segments of one contract and freelancer in distinct slots of a week. */
    public static Arbitrary<List<Spec>> specs(int max) {
        Arbitrary<Spec> spec = Combinators.combine(
                        Arbitraries.integers().between(0, SLOTS_PER_WEEK - 1),
                        Arbitraries.oneOf(Arbitraries.just(600), Arbitraries.integers().between(1, 600)),
                        Arbitraries.of(true, false, false, false),
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.of(true, true, false),
                        Arbitraries.of(true, true, false))
                .as(Spec::new);
        return spec.list().ofMaxSize(max).uniqueElements(Spec::slot);
    }

    public static List<Segment> place(BillingWeek week, List<Spec> specs, long contractId) {
        List<Segment> out = new ArrayList<>();
        for (Spec s : specs) {
            Instant start = week.start().plusSeconds((long) s.slot() * SegmentGrid.SEGMENT_SECONDS);
            int minutes = (s.trackedSeconds() + 59) / 60;
            List<MinuteActivity> counts = new ArrayList<>(Collections.nCopies(minutes, MinuteActivity.NONE));
            for (int i = 0; i < Math.min(s.activeMinutes(), minutes); i++) counts.set(i, Fixtures.TYPING);
            out.add(s.manual()
                    ? new Segment(uuid(s), contractId, Fixtures.FREELANCER, start, 600, List.of(), "Call", null, Source.MANUAL, null)
                    : new Segment(uuid(s), contractId, Fixtures.FREELANCER, start, s.trackedSeconds(), counts,
                            s.memo() ? "Work" : " ", null, Source.TRACKED, s.screenshot() ? Fixtures.screenshot(start) : null));
        }
        return out;
    }

    private static UUID uuid(Spec s) {
        return new UUID(s.slot(), s.hashCode());
    }
}
