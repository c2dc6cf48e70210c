package org.hourbook.store.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hourbook.store.testing.Fixtures.NOW;
import static org.hourbook.store.testing.Fixtures.SLOT;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.store.Database;
import org.hourbook.store.audit.AuditEntry;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.Fixtures;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class SegmentRepositoryIT {
    static final ScreenshotRef SHOT = new ScreenshotRef("a".repeat(64), "b".repeat(64), "image/jpeg", 1920, 1080, 123_456,
            Instant.parse("2026-03-02T09:04:31.250Z"));

    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    SegmentRepository segments;
    ContractTerms contract;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        segments = db.segments();
        contract = Fixtures.hourlyContract(db, Fixtures.freelancer(db, "ana@example.org").id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_new_segment_is_inserted_and_reads_back_equal() {
        Segment s = Fixtures.slot(contract, 0).withScreenshot(SHOT);

        assertThat(segments.insertAll(List.of(s), NOW)).containsExactly(new SegmentInsert.Inserted(s));
        assertThat(segments.findById(s.id())).contains(s);
    }

    @Test
    void manual_time_without_minutes_or_label_reads_back_equal() {
        Segment manual = new Segment(UUID.randomUUID(), contract.id(), contract.freelancerId(), SLOT, 600, List.of(), "call", null,
                Source.MANUAL, null);

        segments.insertAll(List.of(manual), NOW);

        assertThat(segments.findById(manual.id())).contains(manual);
    }

    @Test
    void replaying_the_same_segment_returns_the_stored_one_and_changes_nothing() {
        Segment s = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(s), NOW);

        assertThat(segments.insertAll(List.of(s), NOW.plusSeconds(60))).containsExactly(new SegmentInsert.Replayed(s));
        assertThat(segments.findByContract(contract.id(), SLOT, SLOT.plusSeconds(3600))).containsExactly(s);
    }

    @Test
    void a_replay_after_a_memo_edit_is_still_a_replay_and_returns_the_edited_memo() {
        Segment s = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(s), NOW);
        segments.updateMemo(List.of(s.id()), "clearer memo");

        assertThat(segments.insertAll(List.of(s), NOW)).containsExactly(new SegmentInsert.Replayed(s.withMemo("clearer memo")));
    }

    @Test
    void the_same_id_with_other_content_is_a_conflict() {
        Segment s = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(s), NOW);

        Segment changed = s.withMemo("something else");

        assertThat(segments.insertAll(List.of(changed), NOW)).containsExactly(new SegmentInsert.Conflict(s.id(), s));
        assertThat(segments.findById(s.id())).contains(s);
    }

    @Test
    void a_second_segment_in_the_same_slot_on_another_contract_is_an_overlap() {
        Segment first = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(first), NOW);
        ContractTerms other = db.contracts().create(Fixtures.terms(contract.clientOrgId(), contract.freelancerId(), null));
        Segment elsewhere = Fixtures.tracked(other, SLOT, "double booked");

        assertThat(segments.insertAll(List.of(elsewhere), NOW)).containsExactly(new SegmentInsert.Overlap(elsewhere.id(), first));
        assertThat(segments.findByContract(other.id(), SLOT, SLOT.plusSeconds(600))).isEmpty();
    }

    @Test
    void other_freelancers_may_work_in_the_same_slot() {
        ContractTerms bobs = Fixtures.hourlyContract(db, Fixtures.freelancer(db, "bob@example.org").id());

        List<SegmentInsert> results = segments.insertAll(List.of(Fixtures.slot(contract, 0), Fixtures.slot(bobs, 0)), NOW);

        assertThat(results).allMatch(r -> r instanceof SegmentInsert.Inserted);
    }

    @Test
    void one_batch_reports_each_segment_and_keeps_the_good_ones() {
        Segment stored = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(stored), NOW);
        Segment fresh = Fixtures.slot(contract, 1);
        Segment clash = Fixtures.slot(contract, 1);

        List<SegmentInsert> results = segments.insertAll(List.of(stored, fresh, clash, stored.withMemo("x")), NOW);

        assertThat(results).containsExactly(
                new SegmentInsert.Replayed(stored),
                new SegmentInsert.Inserted(fresh),
                new SegmentInsert.Overlap(clash.id(), fresh),
                new SegmentInsert.Conflict(stored.id(), stored));
    }

    @Test
    void the_same_batch_uploaded_by_racing_requests_is_stored_once() throws Exception {
        List<Segment> batch = List.of(Fixtures.slot(contract, 0), Fixtures.slot(contract, 1), Fixtures.slot(contract, 2));
        List<Future<List<SegmentInsert>>> uploads = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 6; i++) uploads.add(pool.submit(() -> segments.insertAll(batch, NOW)));
            List<SegmentInsert> all = new ArrayList<>();
            for (Future<List<SegmentInsert>> f : uploads) all.addAll(f.get());

            assertThat(all).hasSize(18).allMatch(r -> r instanceof SegmentInsert.Inserted || r instanceof SegmentInsert.Replayed);
            assertThat(all).filteredOn(r -> r instanceof SegmentInsert.Inserted).hasSize(3);
        }
        assertThat(segments.findByContract(contract.id(), SLOT, SLOT.plusSeconds(3600))).containsExactlyElementsOf(batch);
    }

    @Test
    void a_failing_transaction_rolls_back_its_segments_and_audit_entries() {
        Segment s = Fixtures.slot(contract, 0);

        assertThatThrownBy(() -> db.useTransaction(tx -> {
            tx.segments().insertAll(List.of(s), NOW);
            tx.audit().append(new AuditEntry(0, contract.id(), contract.freelancerId(), NOW, "segment.create", "segment", s.id().toString(),
                    null, "{}"));
            throw new IllegalStateException("rejected after the fact");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(segments.findById(s.id())).isEmpty();
        assertThat(db.audit().countForContract(contract.id())).isZero();
    }

    @Test
    void the_databases_own_repositories_join_a_transaction_running_on_the_same_thread() {
        Segment s = Fixtures.slot(contract, 0);

        assertThatThrownBy(() -> db.useTransaction(tx -> {
            db.segments().insertAll(List.of(s), NOW);
            assertThat(tx.segments().findById(s.id())).isPresent();
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(segments.findById(s.id())).isEmpty();
    }

    @Test
    void ranges_include_their_start_and_exclude_their_end() {
        List<Segment> day = List.of(Fixtures.slot(contract, 0), Fixtures.slot(contract, 1), Fixtures.slot(contract, 2));
        segments.insertAll(day, NOW);

        assertThat(segments.findByContract(contract.id(), SLOT.plusSeconds(600), SLOT.plusSeconds(1200))).containsExactly(day.get(1));
        assertThat(segments.findByFreelancer(contract.freelancerId(), SLOT, SLOT.plusSeconds(1800))).containsExactlyElementsOf(day);
        assertThat(segments.findByContracts(Set.of(contract.id()), SLOT.plusSeconds(1), SLOT.plusSeconds(1801)))
                .containsExactly(day.get(1), day.get(2));
    }

    @Test
    void a_freelancers_time_spans_all_their_contracts_in_time_order() {
        ContractTerms other = db.contracts().create(Fixtures.terms(contract.clientOrgId(), contract.freelancerId(), null));
        Segment a = Fixtures.slot(contract, 1);
        Segment b = Fixtures.tracked(other, SLOT, "other contract");
        segments.insertAll(List.of(a, b), NOW);

        assertThat(segments.findByFreelancer(contract.freelancerId(), SLOT, SLOT.plusSeconds(3600))).containsExactly(b, a);
        assertThat(segments.findByContracts(List.of(contract.id(), other.id()), SLOT, SLOT.plusSeconds(3600)))
                .containsExactlyInAnyOrder(a, b);
    }

    @Test
    void memos_and_labels_change_for_the_given_ids_only() {
        Segment a = Fixtures.slot(contract, 0);
        Segment b = Fixtures.slot(contract, 1);
        segments.insertAll(List.of(a, b), NOW);

        assertThat(segments.updateMemo(List.of(a.id()), "new memo")).isEqualTo(1);
        assertThat(segments.updateLabel(List.of(a.id(), b.id()), null)).isEqualTo(2);

        assertThat(segments.findByIds(List.of(a.id(), b.id(), UUID.randomUUID())))
                .containsExactly(a.withMemo("new memo").withLabel(null), b.withLabel(null));
    }

    @Test
    void deleting_returns_what_was_deleted_and_frees_the_slot() {
        Segment a = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(a), NOW);

        assertThat(segments.delete(List.of(a.id(), UUID.randomUUID()), NOW)).containsExactly(a);
        assertThat(segments.findById(a.id())).isEmpty();

        Segment again = Fixtures.slot(contract, 0);
        assertThat(segments.insertAll(List.of(again), NOW)).containsExactly(new SegmentInsert.Inserted(again));
    }

    @Test
    void a_screenshot_attached_later_reads_back_and_keeps_its_blobs_referenced() {
        Segment a = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(a), NOW);

        assertThat(segments.attachScreenshot(a.id(), SHOT)).isTrue();

        assertThat(segments.findById(a.id())).contains(a.withScreenshot(SHOT));
        assertThat(segments.isBlobReferenced(SHOT.sha256())).isTrue();
        assertThat(segments.isBlobReferenced(SHOT.thumbSha256())).isTrue();
        segments.attachScreenshot(a.id(), null);
        assertThat(segments.isBlobReferenced(SHOT.sha256())).isFalse();
        assertThat(segments.attachScreenshot(UUID.randomUUID(), SHOT)).isFalse();
    }


    @Test
    void a_deleted_id_replayed_is_answered_deleted_and_never_stored_again() {
        Segment a = Fixtures.slot(contract, 0);
        segments.insertAll(List.of(a), NOW);
        segments.delete(List.of(a.id()), NOW);

        assertThat(segments.insertAll(List.of(a), NOW)).containsExactly(new SegmentInsert.Deleted(a.id(), contract.id()));
        assertThat(segments.insertAll(List.of(a.withMemo("other content")), NOW))
                .containsExactly(new SegmentInsert.Deleted(a.id(), contract.id()));
        assertThat(segments.findById(a.id())).isEmpty();
        assertThat(segments.deletedIds(List.of(a.id(), UUID.randomUUID()))).containsExactly(a.id());
    }

    @Test
    void one_batch_answers_every_kind_of_outcome_in_its_own_order() {
        Segment replayed = Fixtures.slot(contract, 0);
        Segment conflicting = Fixtures.slot(contract, 1);
        Segment occupying = Fixtures.slot(contract, 2);
        Segment deleted = Fixtures.slot(contract, 3);
        segments.insertAll(List.of(replayed, conflicting, occupying, deleted), NOW);
        segments.delete(List.of(deleted.id()), NOW);

        Segment fresh = Fixtures.slot(contract, 4);
        Segment overlapping = Fixtures.slot(contract, 2);
        Segment otherContent = conflicting.withMemo("changed before the first upload finished");
        List<SegmentInsert> results = segments.insertAll(List.of(fresh, replayed, overlapping, otherContent, deleted), NOW);

        assertThat(results).containsExactly(
                new SegmentInsert.Inserted(fresh),
                new SegmentInsert.Replayed(replayed),
                new SegmentInsert.Overlap(overlapping.id(), occupying),
                new SegmentInsert.Conflict(conflicting.id(), conflicting),
                new SegmentInsert.Deleted(deleted.id(), contract.id()));
    }

    @Test
    void timing_rows_are_the_full_rows_without_memo_label_minutes_or_screenshot() {
        Segment a = Fixtures.slot(contract, 0).withScreenshot(SHOT);
        Segment b = Fixtures.slot(contract, 1);
        segments.insertAll(List.of(b, a), NOW);

        List<Segment> timing = segments.findTimingByContract(contract.id(), SLOT, SLOT.plusSeconds(3600));

        assertThat(timing).containsExactlyElementsOf(segments.findByContract(contract.id(), SLOT, SLOT.plusSeconds(3600)).stream()
                .map(s -> new Segment(s.id(), s.contractId(), s.freelancerId(), s.start(), s.trackedSeconds(), List.of(), "", null,
                        s.source(), null))
                .toList());
    }
    @Test
    void empty_id_lists_touch_nothing() {
        assertThat(segments.findByIds(List.of())).isEmpty();
        assertThat(segments.delete(List.of(), NOW)).isEmpty();
        assertThat(segments.updateMemo(List.of(), "x")).isZero();
        assertThat(segments.findByContracts(List.of(), SLOT, SLOT.plusSeconds(600))).isEmpty();
    }
}
