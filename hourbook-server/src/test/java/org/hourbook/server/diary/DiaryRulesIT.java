package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
class DiaryRulesIT {
    static final Instant MONDAY_9 = Instant.parse("2026-11-16T09:00:00Z");

    @Parameter
    Backend backend;

    TestServer server;
    Fixtures fx;
    World w;
    Api fran;
    Api carl;
    String base;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(1);
        fran = server.api(w.freelancer().token());
        carl = server.api(w.client().token());
        base = "/api/v1/contracts/" + w.contract().id();
    }

    @Test
    void time_beyond_the_weekly_limit_is_kept_and_marked_over_limit_in_diary_and_timesheet() {
        fx.track(w, MONDAY_9, 8); // 80 minutes against a 1-hour limit
        JsonNode day = fran.get(base + "/diary?date=2026-11-16&tz=utc").json();
        List<Boolean> over = new ArrayList<>();
        day.path("hours").forEach(h -> h.path("segments").forEach(s -> over.add(s.path("overLimit").asBoolean())));
        assertThat(over).containsExactly(false, false, false, false, false, false, true, true);
        assertThat(day.at("/totals/weekSeconds").asLong()).isEqualTo(4800);
        assertThat(day.at("/totals/weekBillableSeconds").asLong()).isEqualTo(3600);
        assertThat(day.at("/totals/remainingSeconds").asLong()).isZero();

        JsonNode sheet = carl.get(base + "/timesheet?week=2026-11-18").json();
        assertThat(sheet.path("overLimitSeconds").asLong()).isEqualTo(1200);
        assertThat(sheet.path("billableSeconds").asLong()).isEqualTo(3600);
        assertThat(sheet.path("amountMinor").asLong()).isEqualTo(5000);
    }

    @Test
    void a_full_day_is_answered_in_one_piece_with_its_length() {
        fx.track(w, MONDAY_9, 48); // eight hours: well over Jetty's 32 KB buffer, which sent it chunked
        var day = fran.get(base + "/diary?date=2026-11-16&tz=utc");
        assertThat(day.bytes().length).isGreaterThan(32 * 1024);
        assertThat(day.header("Content-Length")).isEqualTo(Integer.toString(day.bytes().length));
        assertThat(day.raw().headers().firstValue("Transfer-Encoding")).isEmpty();
    }

    @Test
    void the_diary_in_the_viewers_zone_starts_at_their_midnight() {
        JsonNode day = fran.get(base + "/diary?date=2026-11-17&tz=mine").json(); // Fran is in Asia/Kathmandu (+05:45)
        assertThat(day.path("zone").asText()).isEqualTo("Asia/Kathmandu");
        assertThat(day.path("dayStart").asText()).isEqualTo("2026-11-16T18:15:00Z");
        assertThat(day.path("hours")).hasSize(24);
    }

    @Test
    void the_day_daylight_saving_ends_has_25_hour_rows_in_new_york_and_24_in_utc() {
        assertThat(carl.get(base + "/diary?date=2026-11-01&tz=mine").json().path("hours")).hasSize(25);
        assertThat(carl.get(base + "/diary?date=2026-11-01&tz=utc").json().path("hours")).hasSize(24);
        var locked = carl.get(base + "/diary?date=2026-11-01&tz=utc").json();
        assertThat(locked.at("/permissions/readOnlyReason").asText()).contains("locked");
    }

    @Test
    void last_weeks_time_is_editable_until_monday_noon_and_locked_after() {
        Instant lastWeek = Instant.parse("2026-11-13T10:00:00Z");
        server.clock().set(Instant.parse("2026-11-15T10:00:00Z"));
        UUID id = fx.track(w, lastWeek, 1).get(0);
        server.clock().set(Instant.parse("2026-11-16T11:59:59Z"));
        assertThat(fran.patch(base + "/segments", Map.of("ids", List.of(id), "memo", "still in time")).status()).isEqualTo(200);
        server.clock().set(Instant.parse("2026-11-16T12:00:00Z"));
        var locked = fran.patch(base + "/segments", Map.of("ids", List.of(id), "memo", "too late"));
        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.code()).isEqualTo("week.locked");
        assertThat(fran.delete(base + "/segments?ids=" + id).code()).isEqualTo("week.locked");
        assertThat(server.db().segments().findById(id).orElseThrow().memo()).isEqualTo("still in time");
    }

    @Test
    void a_closed_contracts_diary_is_read_only() {
        UUID id = fx.track(w, MONDAY_9, 1).get(0);
        assertThat(server.api(w.clientOwner().token()).post(base + "/close", null).status()).isEqualTo(200);
        assertThat(fran.patch(base + "/segments", Map.of("ids", List.of(id), "memo", "x")).code()).isEqualTo("contract.closed");
        assertThat(fran.post(base + "/segments", Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "x"))))
                .json().at("/results/0/code").asText()).isEqualTo("contract.closed");
        assertThat(carl.patch(base + "/segments", Map.of("ids", List.of(id), "label", "Code")).code()).isEqualTo("contract.closed");
        assertThat(carl.patch(base, Map.of("weeklyLimitHours", 5)).code()).isEqualTo("contract.closed");
        assertThat(fran.get(base + "/diary?date=2026-11-16&tz=utc").json().at("/permissions/readOnlyReason").asText()).contains("closed");
    }

    @Test
    void a_client_cannot_edit_memos_and_a_mixed_request_changes_nothing() {
        UUID id = fx.track(w, MONDAY_9, 1).get(0);
        var r = carl.patch(base + "/segments", Map.of("ids", List.of(id), "memo", "client wrote this", "label", "Code"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("field").asText()).isEqualTo("memo");
        var s = server.db().segments().findById(id).orElseThrow();
        assertThat(s.memo()).isEqualTo("Checkout: address form");
        assertThat(s.label()).isNull();
        assertThat(carl.patch(base + "/segments", Map.of("ids", List.of(id), "label", "Code")).status()).isEqualTo(200);
        assertThat(carl.patch(base + "/segments", Map.of("ids", List.of(id), "label", "Gaming")).code()).isEqualTo("segment.label");
    }

    @Test
    void a_terms_patch_with_one_forbidden_field_names_it_and_changes_nothing() {
        var r = carl.patch(base, Map.of("weeklyLimitHours", 30, "rateMinor", 1));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("field").asText()).isEqualTo("rateMinor");
        var terms = server.db().contracts().find(w.contract().id()).orElseThrow();
        assertThat(terms.weeklyLimitHours()).isEqualTo(1);
        assertThat(terms.rateMinor()).isEqualTo(5000);
        assertThat(carl.patch(base, Map.of("bogus", 1)).status()).isEqualTo(422);
    }

    @Test
    void manual_time_follows_the_contract_permission_the_grid_and_the_clock() {
        String manual = base + "/manual-time";
        var ok = fran.post(manual, Map.of("from", "2026-11-17T08:00:00Z", "to", "2026-11-17T08:30:00Z", "memo", "Call with Acme"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(ok.json().path("segments")).hasSize(3);
        assertThat(ok.json().at("/segments/0/manual").asBoolean()).isTrue();
        assertThat(fran.post(manual, Map.of("from", "2026-11-17T08:20:00Z", "to", "2026-11-17T08:40:00Z", "memo", "again")).code())
                .isEqualTo("segment.overlap");
        assertThat(fran.post(manual, Map.of("from", "2026-11-17T09:05:00Z", "to", "2026-11-17T09:30:00Z", "memo", "x")).code())
                .isEqualTo("manual.granularity");
        assertThat(fran.post(manual, Map.of("from", "2026-11-18T14:50:00Z", "to", "2026-11-18T15:10:00Z", "memo", "x")).code())
                .isEqualTo("time.future");
        assertThat(carl.patch(base, Map.of("manualTimeAllowed", false)).status()).isEqualTo(200);
        assertThat(fran.post(manual, Map.of("from", "2026-11-17T10:00:00Z", "to", "2026-11-17T10:10:00Z", "memo", "x")).code())
                .isEqualTo("manual.not_allowed");
        assertThat(server.db().segments().findByContract(w.contract().id(), MONDAY_9, TestServer.NOW)).hasSize(3);
    }

    @Test
    void every_change_is_in_the_audit_log_with_who_before_and_after() {
        UUID id = fx.track(w, MONDAY_9, 1).get(0);
        fran.patch(base + "/segments", Map.of("ids", List.of(id), "memo", "better memo"));
        carl.patch(base + "/segments", Map.of("ids", List.of(id), "label", "Design"));
        carl.patch(base, Map.of("weeklyLimitHours", 25));
        fran.delete(base + "/segments?ids=" + id);
        JsonNode log = server.api(w.manager().token()).get(base + "/audit").json();
        List<String> actions = new ArrayList<>();
        log.path("entries").forEach(e -> actions.add(e.path("action").asText()));
        assertThat(actions).containsExactly("segment.delete", "contract.update", "segment.label", "segment.memo", "segment.create");
        JsonNode memo = log.path("entries").get(3);
        assertThat(memo.path("actorUserId").asLong()).isEqualTo(w.freelancer().id());
        assertThat(memo.path("beforeJson").asText()).contains("Checkout: address form");
        assertThat(memo.path("afterJson").asText()).contains("better memo");
    }
}
