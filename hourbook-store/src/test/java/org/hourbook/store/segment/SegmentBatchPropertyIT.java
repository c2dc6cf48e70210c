package org.hourbook.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;
import static org.hourbook.store.testing.Fixtures.SLOT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.Segment;
import org.hourbook.store.Database;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.Fixtures;
import org.hourbook.store.testing.TestDatabases;

/**
 * Any sequence of uploads (replays, edits of the same id, double-booked slots across two
 * contracts) behaves like a simple model: first writer of an id or a slot wins, everything else
 * is reported, nothing is stored twice. SQLite only: the semantics are shared SQL, and a fresh
 * database per try must stay cheap.
 */
class SegmentBatchPropertyIT {
    private static final UUID[] IDS = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};

    /** One upload: which id, which slot, which of two contracts, which of two memos. */
    record Upload(int id, int slot, int contract, int memo) {}

    @Provide
    Arbitrary<List<Upload>> uploads() {
        Arbitrary<Upload> one = Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1)).as(Upload::new);
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 25)
    void uploads_behave_like_first_writer_wins(@ForAll("uploads") List<Upload> uploads, @ForAll @Size(min = 1, max = 4) List<Integer> batchCuts)
            throws IOException {
        Path dir = Files.createTempDirectory("hb-prop-");
        try (Database db = TestDatabases.open(Backend.SQLITE, dir)) {
            ContractTerms a = Fixtures.hourlyContract(db, Fixtures.freelancer(db, "ana@example.org").id());
            ContractTerms b = db.contracts().create(Fixtures.terms(a.clientOrgId(), a.freelancerId(), null));
            List<Segment> segments = uploads.stream().map(u -> segment(u, u.contract() == 0 ? a : b)).toList();

            Map<UUID, Segment> byId = new HashMap<>();
            Map<Long, Segment> bySlot = new HashMap<>();
            List<SegmentInsert> expected = new ArrayList<>();
            for (Segment s : segments) expected.add(model(s, byId, bySlot));

            List<SegmentInsert> actual = new ArrayList<>();
            int from = 0;
            for (int cut : batchCuts) {
                int to = Math.min(segments.size(), from + 1 + Math.floorMod(cut, 4));
                actual.addAll(db.segments().insertAll(segments.subList(from, to), NOW));
                from = to;
            }
            if (from < segments.size()) actual.addAll(db.segments().insertAll(segments.subList(from, segments.size()), NOW));

            assertThat(actual).isEqualTo(expected);
            assertThat(db.segments().findByFreelancer(a.freelancerId(), SLOT, SLOT.plusSeconds(3600)))
                    .containsExactlyElementsOf(bySlot.values().stream().sorted(Comparator.comparing(Segment::start)).toList());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Segment segment(Upload u, ContractTerms contract) {
        Segment base = Fixtures.tracked(contract, SLOT.plusSeconds(600L * u.slot()), "memo " + u.memo());
        return new Segment(IDS[u.id()], base.contractId(), base.freelancerId(), base.start(), base.trackedSeconds(), base.minutes(),
                base.memo(), base.label(), base.source(), null);
    }

    private static SegmentInsert model(Segment s, Map<UUID, Segment> byId, Map<Long, Segment> bySlot) {
        Segment sameId = byId.get(s.id());
        if (sameId != null) return sameId.equals(s) ? new SegmentInsert.Replayed(sameId) : new SegmentInsert.Conflict(s.id(), sameId);
        Segment inSlot = bySlot.get(s.start().getEpochSecond());
        if (inSlot != null) return new SegmentInsert.Overlap(s.id(), inSlot);
        byId.put(s.id(), s);
        bySlot.put(s.start().getEpochSecond(), s);
        return new SegmentInsert.Inserted(s);
    }
}
