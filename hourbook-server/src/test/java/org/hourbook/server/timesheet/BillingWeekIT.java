package org.hourbook.server.timesheet;

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

/**
 * A billing week's figures once it is locked: terms changed later do not reach back into it,
 * nor do label edits; and the timesheet says what it is worth and whether it is final.
 */
@RealServer
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class BillingWeekIT {
    /** Tuesday of week 2026-W46; the server's clock (TestServer.NOW) is Wednesday of W47, so W46 is locked. */
    static final Instant LAST_TUESDAY_9 = Instant.parse("2026-11-10T09:00:00Z");
    static final Instant MONDAY_9 = Instant.parse("2026-11-16T09:00:00Z");

    @Parameter
    Backend backend;

    TestServer server;
    Fixtures fx;
    World w;
    Api carl;
    Api owner;
    String base;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(1); // 50.00 USD/h
        carl = server.api(w.client().token());
        owner = server.api(w.clientOwner().token());
        base = "/api/v1/contracts/" + w.contract().id();
    }

    /** 80 minutes tracked in W46 while it was open; returns their ids. */
    List<UUID> trackLastWeek() {
        server.clock().set(Instant.parse("2026-11-12T12:00:00Z"));
        List<UUID> ids = fx.track(w, LAST_TUESDAY_9, 8);
        server.clock().set(TestServer.NOW);
        return ids;
    }

    @Test
    void raising_the_limit_and_the_rate_leaves_a_final_timesheet_exactly_as_it_was() {
        trackLastWeek();
        JsonNode before = carl.get(base + "/timesheet?week=2026-11-09").json();
        assertThat(before.path("isFinal").asBoolean()).isTrue();
        assertThat(before.path("overLimitSeconds").asLong()).isEqualTo(1200);
        assertThat(before.path("amountMinor").asLong()).isEqualTo(5000);
        String csvBefore = carl.get(base + "/timesheet?week=2026-11-09&format=csv").body();

        var patch = owner.patch(base, Map.of("weeklyLimitHours", 40, "rateMinor", 9000));
        assertThat(patch.status()).as(patch.toString()).isEqualTo(200);

        assertThat(carl.get(base + "/timesheet?week=2026-11-09").json()).isEqualTo(before);
        assertThat(carl.get(base + "/timesheet?week=2026-11-09&format=csv").body()).isEqualTo(csvBefore);
        assertThat(overLimitMarks("2026-11-10")).containsExactly(false, false, false, false, false, false, true, true);
    }

    @Test
    void a_new_limit_and_rate_apply_from_the_current_week_on() {
        trackLastWeek();
        assertThat(owner.patch(base, Map.of("weeklyLimitHours", 40, "rateMinor", 9000)).status()).isEqualTo(200);
        fx.track(w, MONDAY_9, 8);

        JsonNode sheet = carl.get(base + "/timesheet?week=2026-11-16").json();
        assertThat(sheet.path("weeklyLimitHours").asInt()).isEqualTo(40);
        assertThat(sheet.path("overLimitSeconds").asLong()).isZero();
        assertThat(sheet.path("amountMinor").asLong()).isEqualTo(12000); // 80 min at 90.00/h
        assertThat(overLimitMarks("2026-11-16")).containsOnly(false);
    }

    @Test
    void a_limit_lowered_on_monday_morning_does_not_reach_into_last_week_while_it_is_still_open() {
        server.clock().set(Instant.parse("2026-11-12T12:00:00Z"));
        fx.track(w, LAST_TUESDAY_9, 8);
        assertThat(carl.patch(base, Map.of("weeklyLimitHours", 3)).status()).isEqualTo(200); // W46 now has 3 h
        server.clock().set(Instant.parse("2026-11-16T08:00:00Z")); // W46 open until 12:00
        assertThat(carl.patch(base, Map.of("weeklyLimitHours", 1)).status()).isEqualTo(200);

        JsonNode w46 = carl.get(base + "/timesheet?week=2026-11-09").json();
        assertThat(w46.path("weeklyLimitHours").asInt()).isEqualTo(3);
        assertThat(w46.path("overLimitSeconds").asLong()).isZero();
        assertThat(carl.get(base + "/timesheet?week=2026-11-16").json().path("weeklyLimitHours").asInt()).isEqualTo(1);
    }

    @Test
    void labels_of_a_locked_week_are_final_like_its_memos() {
        UUID id = trackLastWeek().get(0);
        var r = carl.patch(base + "/segments", Map.of("ids", List.of(id), "label", "Code"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("week.locked");
        assertThat(server.db().segments().findById(id).orElseThrow().label()).isNull();
        assertThat(carl.get(base + "/diary?date=2026-11-10&tz=utc").json().at("/permissions/editLabel").asBoolean()).isFalse();
        fx.track(w, MONDAY_9, 1);
        assertThat(carl.get(base + "/diary?date=2026-11-16&tz=utc").json().at("/permissions/editLabel").asBoolean()).isTrue();
    }

    @Test
    void the_timesheet_csv_names_rate_protected_hours_and_whether_it_is_final() {
        trackLastWeek();
        String csv = carl.get(base + "/timesheet?week=2026-11-09&format=csv").body();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).contains("rate_per_hour,50.00").contains("weekly_limit_hours,1").endsWith("status,final");
        assertThat(lines.get(1)).isEqualTo("date,tracked_hours,manual_hours,over_limit_hours,billable_hours,amount,protected_hours,rate");
        assertThat(lines.get(3)).startsWith("2026-11-10,1.33,0.00,0.33,1.00,50.00,").endsWith(",50.00");
        assertThat(lines.getLast()).startsWith("total,1.33,0.00,0.33,1.00,50.00,");
        assertThat(carl.get(base + "/timesheet?week=2026-11-16&format=csv").body().lines().findFirst().orElseThrow())
                .endsWith("status,open");
    }

    @Test
    void timesheet_days_in_json_carry_money_in_minor_units_only() {
        trackLastWeek();
        JsonNode day = carl.get(base + "/timesheet?week=2026-11-09").json().at("/days/1");
        assertThat(day.path("date").asText()).isEqualTo("2026-11-10");
        assertThat(day.path("amountMinor").asLong()).isEqualTo(5000);
        assertThat(day.has("protectedSeconds")).isTrue();
        assertThat(day.has("amount")).as("no core Money object (with its 'zero' helper) in JSON").isFalse();
        assertThat(day.toString()).doesNotContain("zero");
    }

    @Test
    void a_closed_contract_advertises_no_write_rights_to_anyone() {
        assertThat(owner.post(base + "/close", null).status()).isEqualTo(200);
        for (Api who : List.of(server.api(w.freelancer().token()), carl, owner)) {
            JsonNode rights = who.get(base).json().path("rights");
            assertThat(rights.path("viewDiary").asBoolean()).isTrue();
            assertThat(rights.path("editTime").asBoolean()).isFalse();
            assertThat(rights.path("editLabels").asBoolean()).isFalse();
            assertThat(rights.path("close").asBoolean()).isFalse();
            assertThat(rights.path("editableTerms")).isEmpty();
        }
    }

    List<Boolean> overLimitMarks(String date) {
        JsonNode day = carl.get(base + "/diary?date=" + date + "&tz=utc").json();
        List<Boolean> over = new ArrayList<>();
        day.path("hours").forEach(h -> h.path("segments").forEach(s -> over.add(s.path("overLimit").asBoolean())));
        return over;
    }
}
