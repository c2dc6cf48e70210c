package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.server.http.Json;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@RealServer
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SegmentUploadIT {
    static final Instant MONDAY_9 = Instant.parse("2026-11-16T09:00:00Z");

    @Parameter
    Backend backend;

    TestServer server;
    Fixtures fx;
    World w;
    Api fran;
    String segments;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        fran = server.api(w.freelancer().token());
        segments = "/api/v1/contracts/" + w.contract().id() + "/segments";
    }

    Api.Response upload(Map<String, Object>... items) {
        return fran.post(segments, Map.of("segments", List.of(items)));
    }

    @Test
    void a_replayed_batch_returns_the_stored_segments_and_stores_nothing_new() {
        UUID id = UUID.randomUUID();
        var item = Fixtures.segment(id, MONDAY_9, 540, "Checkout: address form");
        var first = upload(item);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().at("/results/0/status").asText()).isEqualTo("inserted");
        assertThat(first.json().at("/results/0/segment").isNull()).as("an inserted segment is not echoed back").isTrue();
        // the memo is edited later; a replay of the original upload must not fail nor undo it
        assertThat(fran.patch(segments, Map.of("ids", List.of(id), "memo", "edited")).status()).isEqualTo(200);

        var replay = upload(item);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().at("/results/0/status").asText()).isEqualTo("replayed");
        assertThat(replay.json().at("/results/0/segment/memo").asText()).isEqualTo("edited");
        assertThat(replay.json().at("/results/0/segment/minutes/0").has("keys")).isTrue();
        assertThat(replay.json().at("/results/0/segment/minutes/0").has("active")).as("no derived fields in JSON").isFalse();
        assertThat(server.db().segments().findByContract(w.contract().id(), MONDAY_9, MONDAY_9.plusSeconds(3600))).hasSize(1);
    }

    @Test
    void the_same_id_with_other_content_is_a_409_conflict() {
        UUID id = UUID.randomUUID();
        assertThat(upload(Fixtures.segment(id, MONDAY_9, 600, "a")).status()).isEqualTo(200);
        var r = upload(Fixtures.segment(id, MONDAY_9, 300, "a"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("segment.conflict");
        assertThat(r.json().at("/results/0/status").asText()).isEqualTo("conflict");
    }

    @Test
    void time_in_a_slot_already_tracked_on_another_contract_is_a_409_overlap_while_the_rest_is_stored() {
        var other = fx.contract(w.clientOrg().id(), w.freelancer().id(), w.agency().id(), null, false);
        var onOther = fran.post("/api/v1/contracts/" + other.id() + "/segments",
                Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "other client"))));
        assertThat(onOther.status()).isEqualTo(200);

        UUID free = UUID.randomUUID();
        var r = upload(Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "x"), Fixtures.segment(free, MONDAY_9.plusSeconds(600), 600, "y"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("segment.overlap");
        assertThat(r.json().at("/results/0/status").asText()).isEqualTo("overlap");
        assertThat(r.json().at("/results/1/status").asText()).isEqualTo("inserted");
        assertThat(server.db().segments().findById(free)).isPresent();
    }

    @Test
    void segments_off_the_grid_in_the_future_or_with_unknown_labels_are_rejected_per_item() {
        var misaligned = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(30), 600, "x");
        var future = Fixtures.segment(UUID.randomUUID(), TestServer.NOW.plusSeconds(3600), 600, "x");
        var label = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(1200), 600, "x");
        label.put("label", "Gaming");
        var r = upload(misaligned, future, label);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/results/0/code").asText()).isEqualTo("segment.misaligned");
        assertThat(r.json().at("/results/1/code").asText()).isEqualTo("time.future");
        assertThat(r.json().at("/results/2/code").asText()).isEqualTo("segment.label");
    }

    @Test
    void time_of_a_locked_week_cannot_be_uploaded() {
        var r = upload(Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-02T09:00:00Z"), 600, "old"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/results/0/code").asText()).isEqualTo("week.locked");
    }

    @Test
    void a_replay_after_the_week_locked_is_still_recognised_as_a_replay() {
        var item = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "before the lock");
        assertThat(upload(item).status()).isEqualTo(200);
        server.clock().set(Instant.parse("2026-11-30T09:00:00Z"));
        var replay = upload(item);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().at("/results/0/status").asText()).isEqualTo("replayed");
    }

    @Test
    void a_deleted_segment_replayed_by_the_tracker_is_answered_deleted_and_stays_gone() {
        UUID id = UUID.randomUUID();
        var item = Fixtures.segment(id, MONDAY_9, 600, "Checkout: address form");
        assertThat(upload(item).status()).isEqualTo(200);
        assertThat(fran.delete(segments + "/" + id + "/screenshot").json().path("deleted").asInt()).isEqualTo(1);

        var replay = upload(item, Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "next slot"));
        assertThat(replay.status()).as("a final answer: the tracker may forget the item").isEqualTo(200);
        assertThat(replay.json().at("/results/0/status").asText()).isEqualTo("deleted");
        assertThat(replay.json().at("/results/0/code").asText()).isEqualTo("segment.deleted");
        assertThat(replay.json().at("/results/1/status").asText()).isEqualTo("inserted");
        assertThat(server.db().segments().findById(id)).isEmpty();
        var sheet = fran.get("/api/v1/contracts/" + w.contract().id() + "/timesheet?week=2026-11-16").json();
        assertThat(sheet.path("billableSeconds").asLong()).as("only the new slot is billed").isEqualTo(600);
    }

    @Test
    void a_segment_deleted_from_the_diary_is_not_brought_back_after_its_week_locked_either() {
        UUID id = UUID.randomUUID();
        var item = Fixtures.segment(id, MONDAY_9, 600, "a");
        assertThat(upload(item).status()).isEqualTo(200);
        assertThat(fran.delete(segments + "?ids=" + id).status()).isEqualTo(200);
        server.clock().set(Instant.parse("2026-11-30T09:00:00Z"));

        var replay = upload(item);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().at("/results/0/status").asText()).isEqualTo("deleted");
    }

    @Test
    void tracked_seconds_must_be_a_whole_json_number_not_a_fraction_or_a_string() {
        var fraction = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "x");
        fraction.put("trackedSeconds", 599.9);
        var text = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "x");
        text.put("trackedSeconds", "600");

        for (var item : List.of(fraction, text)) {
            var r = upload(item);
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("json.invalid");
            assertThat(r.json().path("field").asText()).isEqualTo("segments[0].trackedSeconds");
            assertThat(r.json().path("message").asText()).contains("whole number");
        }
        assertThat(server.db().segments().findByContract(w.contract().id(), MONDAY_9, MONDAY_9.plusSeconds(600))).isEmpty();
    }

    @Test
    void memos_with_nul_broken_characters_or_direction_overrides_are_rejected_per_item() throws Exception {
        var nul = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "Fix login\u0000");
        var surrogate = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "half LONE-SURROGATE emoji");
        var bidi = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(1200), 600, "Fixed bug \u202Egnp.exe");
        var fine = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(1800), 600, "Straße \uD83D\uDE00 日本語");

        // A lone surrogate cannot travel as UTF-8 text; JSON carries it escaped, as a tracker with a bug would send it.
        String body = Json.mapper().writeValueAsString(Map.of("segments", List.of(nul, surrogate, bidi, fine)))
                .replace("LONE-SURROGATE", "\\uD83D");
        var r = fran.post(segments, body);

        assertThat(r.status()).isEqualTo(422);
        for (int i = 0; i < 3; i++) {
            assertThat(r.json().at("/results/" + i + "/code").asText()).isEqualTo("segment.unreadable");
            assertThat(r.json().at("/results/" + i + "/field").asText()).isEqualTo("segments[" + i + "].memo");
        }
        assertThat(r.json().at("/results/2/message").asText()).contains("text-direction override (U+202E)");
        assertThat(r.json().at("/results/3/status").asText()).isEqualTo("inserted");
    }

    @Test
    void the_tracked_part_must_fit_its_ten_minutes() {
        var fits = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 300, "late start");
        fits.put("trackedFrom", MONDAY_9.plusSeconds(300).toString());
        var spills = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 300, "spills over");
        spills.put("trackedFrom", MONDAY_9.plusSeconds(600 + 420).toString());
        var outside = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(1200), 60, "elsewhere");
        outside.put("trackedFrom", MONDAY_9.toString());

        var r = upload(fits, spills, outside);

        assertThat(r.json().at("/results/0/status").asText()).isEqualTo("inserted");
        assertThat(r.json().at("/results/1/code").asText()).isEqualTo("segment.tracked_from");
        assertThat(r.json().at("/results/1/field").asText()).isEqualTo("segments[1].trackedFrom");
        assertThat(r.json().at("/results/2/code").asText()).isEqualTo("segment.tracked_from");
    }

    @Test
    void a_tracked_segment_without_a_memo_is_rejected_naming_the_item() {
        var noMemo = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "ok");
        var blank = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "   ");
        noMemo.remove("memo");
        var r = upload(Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(1200), 600, "fine"), noMemo, blank);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("segment.memo_required");
        assertThat(r.json().path("field").asText()).isEqualTo("segments[1].memo");
        assertThat(r.json().at("/results/1/field").asText()).isEqualTo("segments[1].memo");
        assertThat(r.json().at("/results/2/code").asText()).isEqualTo("segment.memo_required");
        assertThat(r.json().at("/results/2/field").asText()).isEqualTo("segments[2].memo");
        assertThat(r.json().at("/results/0/status").asText()).isEqualTo("inserted");
    }

    @Test
    void a_memo_cannot_be_edited_to_blank() {
        UUID id = fx.track(w, MONDAY_9, 1).get(0);
        var r = fran.patch(segments, Map.of("ids", List.of(id), "memo", "   "));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("segment.memo_required");
        assertThat(server.db().segments().findById(id).orElseThrow().memo()).isEqualTo("Checkout: address form");
    }

    @Test
    void input_in_more_minutes_than_tracked_is_kept_but_counts_no_more_activity_than_the_tracked_minutes() {
        // A slot split by discarded idle time really has input in more clock minutes than its seconds fill.
        var split = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 120, "short");
        split.put("minutes", java.util.Collections.nCopies(10, Map.of("keys", 50, "clicks", 5, "scrolls", 0, "moves", 9)));
        var r = upload(split);
        assertThat(r.json().at("/results/0/status").asText()).as("%s", r).isEqualTo("inserted");
        var stored = server.db().segments().findById(UUID.fromString(split.get("id").toString())).orElseThrow();
        assertThat(org.hourbook.core.activity.ActivityLevel.activeMinutes(stored)).isEqualTo(2);
    }

    @Test
    void a_malformed_body_is_a_400_with_a_code() {
        var r = fran.post(segments, "{not json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("json.malformed");
    }

    @Test
    void ingested_segments_are_counted_in_metrics() {
        upload(Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "a"), Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "b"));
        String metrics = server.anonymous().get("/metrics").body();
        assertThat(metrics).contains("hourbook_segments_ingested_total 2.0");
    }
}
