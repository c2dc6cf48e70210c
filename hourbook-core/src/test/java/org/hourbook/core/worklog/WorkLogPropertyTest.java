package org.hourbook.core.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hourbook.core.TimeArbitraries;
import org.hourbook.core.retainer.EntrySource;
import org.hourbook.core.retainer.WorkEntry;

class WorkLogPropertyTest {
    static final List<String> CATEGORIES = List.of("Design", "Development", "Calls", "SEO audit", "");
    static final Instant CYCLE_START = Instant.parse("2026-03-01T00:00:00Z");

    /** One operation of the freelancer, by index into the entries and lines. */
    record Op(int kind, int a, int b) {}

    @Provide
    Arbitrary<List<WorkEntry>> entries() {
        Arbitrary<WorkEntry> entry = Combinators.combine(
                        Arbitraries.longs().between(0, 31L * 86_400), Arbitraries.longs().between(0, 8 * 3600),
                        Arbitraries.of(CATEGORIES), Arbitraries.strings().ofMaxLength(12), Arbitraries.of(EntrySource.class))
                .as((offset, seconds, category, noise, source) -> new WorkEntry("tmp", CYCLE_START.plusSeconds(offset), seconds, source, category, noise));
        // Each raw text is made unique and unlike any category or rename by its index in brackets.
        return entry.list().ofMaxSize(60).map(list -> {
            List<WorkEntry> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                WorkEntry e = list.get(i);
                out.add(new WorkEntry("e" + i, e.start(), e.seconds(), e.source(), e.category(), "⟦raw " + i + "⟧" + e.description()));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 80), Arbitraries.integers().between(0, 80))
                .as(Op::new).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return TimeArbitraries.zones();
    }

    @Property(tries = 500)
    void no_unpublished_or_hidden_raw_text_reaches_a_line_and_every_visible_second_is_in_one_line(
            @ForAll("entries") List<WorkEntry> entries, @ForAll("ops") List<Op> ops, @ForAll("zones") ZoneId zone) {
        Curation curation = apply(entries, zone, ops);
        List<WorkLogLine> lines = WorkLog.lines(entries, zone, curation);

        for (WorkEntry e : entries) {
            boolean shown = curation.published().contains(e.id()) && !curation.hidden().contains(e.id());
            String raw = e.description().strip();
            if (!shown) assertThat(lines).noneMatch(l -> l.display().contains(raw) || l.id().contains(raw));
        }
        Map<String, Integer> seen = new HashMap<>();
        lines.forEach(l -> l.entryIds().forEach(id -> seen.merge(id, 1, Integer::sum)));
        long visible = 0;
        for (WorkEntry e : entries) {
            boolean hidden = curation.hidden().contains(e.id());
            if (hidden) assertThat(seen).doesNotContainKey(e.id());
            else {
                visible += e.seconds();
                if (e.seconds() > 0) assertThat(seen.get(e.id())).isEqualTo(1);
            }
        }
        assertThat(seen.values()).allMatch(n -> n == 1);
        assertThat(lines.stream().mapToLong(WorkLogLine::seconds).sum()).isEqualTo(visible);
        assertThat(lines).allMatch(l -> l.seconds() > 0 && !l.firstDay().isAfter(l.lastDay()));
    }

    private static Curation apply(List<WorkEntry> entries, ZoneId zone, List<Op> ops) {
        List<String> lineIds = new ArrayList<>(List.of("custom:1", "custom:2"));
        for (WorkEntry e : entries) lineIds.add(WorkLog.automaticLineId(LocalDate.ofInstant(e.start(), zone), e.category()));
        Curation c = Curation.NONE;
        for (Op op : ops) {
            String line = lineIds.get(op.a() % lineIds.size());
            String other = lineIds.get(op.b() % lineIds.size());
            String entry = entries.isEmpty() ? "none" : entries.get(op.a() % entries.size()).id();
            c = switch (op.kind()) {
                case 0 -> c.rename(line, "Renamed " + op.b());
                case 1 -> c.merge(line, other);
                case 2 -> c.move(entry, other);
                case 3 -> c.hide(entry);
                case 4 -> c.publish(entry);
                default -> c.unhide(entry);
            };
        }
        return c;
    }
}
