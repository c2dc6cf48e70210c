package org.hourbook.core.retainer;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.hourbook.core.TimeArbitraries;

/**
 * Generators for the retainer properties: the foundation's awkward zones plus Pacific/Apia (skipped
 * 2011-12-30) and America/Santiago (DST at midnight), rules weighted to month ends, and instants
 * from 2010 on, half of them next to one of the zone's offset changes.
 */
final class RetainerArbitraries {
    static final List<String> ZONES = Stream.concat(TimeArbitraries.ZONES.stream(), Stream.of("Pacific/Apia", "America/Santiago")).toList();
    static final Instant FROM = Instant.parse("2010-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2036-01-01T00:00:00Z");
    /** Each zone's offset changes, worked out once rather than on every try. */
    private static final java.util.Map<ZoneId, List<Instant>> CHANGES = ZONES.stream().map(ZoneId::of)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(z -> z, RetainerArbitraries::offsetChanges));

    private RetainerArbitraries() {}

    static Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 26 * 365).map(n -> LocalDate.of(2010, 1, 1).plusDays(n));
    }

    /** Monthly on 29..31 three times out of five; any day, weekday or 1..8-week rule otherwise. */
    static Arbitrary<CycleRule> rules() {
        Arbitrary<CycleRule> monthEnd = Arbitraries.integers().between(29, 31).map(CycleRule.Monthly::new);
        Arbitrary<CycleRule> monthly = Arbitraries.integers().between(1, 31).map(CycleRule.Monthly::new);
        Arbitrary<CycleRule> weekly = Arbitraries.of(DayOfWeek.class).map(CycleRule.Weekly::new);
        Arbitrary<CycleRule> everyN = Combinators.combine(Arbitraries.integers().between(1, 8), dates()).as(CycleRule.EveryNWeeks::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, monthEnd), net.jqwik.api.Tuple.of(1, monthly),
                net.jqwik.api.Tuple.of(2, weekly), net.jqwik.api.Tuple.of(1, everyN));
    }

    static Arbitrary<Rollover> rollovers() {
        return Arbitraries.oneOf(Arbitraries.just(Rollover.NONE), Arbitraries.just(Rollover.unlimited()),
                Arbitraries.longs().between(0, 40 * 3600).map(Rollover::upTo));
    }

    static Arbitrary<RetainerTerms> terms(ZoneId zone) {
        return Combinators.combine(Arbitraries.longs().between(1, 60 * 60).map(m -> m * 60), rules(), rollovers(), Arbitraries.of(true, false))
                .as((cap, rule, rollover, overage) -> new RetainerTerms(cap, rule, rollover, overage, zone));
    }

    /** Uniform over 2010..2036, or within two days of one of the zone's offset changes. */
    static Arbitrary<Instant> instants(ZoneId zone) {
        Arbitrary<Instant> uniform = Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond() - 1).map(Instant::ofEpochSecond);
        List<Instant> changes = CHANGES.getOrDefault(zone, List.of());
        if (changes.isEmpty()) return uniform;
        Arbitrary<Instant> near = Combinators.combine(Arbitraries.of(changes), Arbitraries.longs().between(-2 * 86_400, 2 * 86_400))
                .as(Instant::plusSeconds);
        return Arbitraries.oneOf(uniform, near);
    }

    static List<Instant> offsetChanges(ZoneId zone) {
        List<Instant> out = new ArrayList<>();
        var t = zone.getRules().nextTransition(FROM);
        while (t != null && t.getInstant().isBefore(TO)) {
            out.add(t.getInstant());
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return out;
    }

    /** A zone, terms in it and an instant in it. */
    record Case(ZoneId zone, RetainerTerms terms, Instant at) {}

    static Arbitrary<Case> cases() {
        return zones().flatMap(zone -> Combinators.combine(terms(zone), instants(zone)).as((terms, at) -> new Case(zone, terms, at)));
    }
}
