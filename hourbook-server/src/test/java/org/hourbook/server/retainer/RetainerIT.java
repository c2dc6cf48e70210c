package org.hourbook.server.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@RealServer
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class RetainerIT {
    @Parameter
    Backend backend;
    TestServer server;
    Fixtures fx;

    Map<String, Object> newRetainer(Fixtures.World w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientOrgId", w.clientOrg().id());
        m.put("freelancerEmail", w.freelancer().email());
        m.put("agencyOrgId", w.agency().id());
        m.put("title", "Website care");
        m.put("rateMinor", 0);
        m.put("currency", "EUR");
        m.put("zone", "Europe/Berlin");
        m.put("kind", "retainer");
        m.put("retainer", Map.of("capHours", 20, "cycle", "monthly", "cycleDay", 1, "rollover", "carry", "rolloverMaxHours", 5));
        return m;
    }

    @Test
    void a_client_owner_creates_a_retainer_and_everyone_on_it_sees_its_balance_and_reset_date() {
        var w = fx.hourlyContractWithLimit(10);
        var created = server.api(w.clientOwner().token()).post("/api/v1/contracts", newRetainer(w));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().path("weeklyLimitHours").isNull()).as("a retainer has no weekly limit").isTrue();
        long id = created.json().path("id").asLong();
        var r = server.api(w.freelancer().token()).get("/api/v1/contracts/" + id + "/retainer");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        var status = r.json().path("status");
        assertThat(status.path("capHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(status.path("usedHours").decimalValue()).isEqualByComparingTo("0");
        assertThat(status.path("resetsOn").asText()).isEqualTo("2026-12-01");
        assertThat(status.path("cycleStart").asText()).isEqualTo("2026-11-01");
        assertThat(status.path("daysToReset").asInt()).isEqualTo(13);
        assertThat(server.api(w.client().token()).get("/api/v1/contracts/" + id + "/retainer").status()).isEqualTo(200);
        assertThat(server.api(w.otherClient().token()).get("/api/v1/contracts/" + id + "/retainer").status()).isEqualTo(404);
        var hourly = server.api(w.freelancer().token()).get("/api/v1/contracts/" + w.contract().id() + "/retainer");
        assertThat(hourly.status()).as("an hourly contract has no retainer").isEqualTo(404);
        assertThat(hourly.json().path("message").asText()).as("said in words to someone who sees the contract")
                .isEqualTo("“" + w.contract().title() + "” is an hourly contract, not a retainer: it has no cycle of hours to show or to import time into.");
        assertThat(server.api(w.otherClient().token()).get("/api/v1/contracts/" + w.contract().id() + "/retainer").json().path("message").asText())
                .as("and to nobody else").isEqualTo("contract not found");
    }

    @Test
    void a_retainer_without_a_cap_is_refused_naming_the_field() {
        var w = fx.hourlyContractWithLimit(10);
        var body = newRetainer(w);
        body.put("retainer", Map.of("capHours", 0));
        var r = server.api(w.clientOwner().token()).post("/api/v1/contracts", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("field").asText()).isEqualTo("capHours");
    }

    @Test
    void tracked_and_manual_time_count_against_the_cap_and_a_weekly_limit_is_refused() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 12, "homepage hero", "Design");
        var manual = server.api(w.freelancer().token()).post("/api/v1/contracts/" + id + "/manual-time",
                Map.of("from", "2026-11-17T09:00:00Z", "to", "2026-11-17T10:00:00Z", "memo", "call with Anna"));
        assertThat(manual.status()).as("%s", manual).isEqualTo(201);
        var status = server.api(w.client().token()).get("/api/v1/contracts/" + id + "/retainer").json().path("status");
        assertThat(status.path("usedHours").decimalValue()).isEqualByComparingTo("3");
        assertThat(status.path("remainingHours").decimalValue()).isEqualByComparingTo("17");
        assertThat(status.path("headline").asText()).isEqualTo("3 of 20 hours used · 17 remain");
        var patch = server.api(w.client().token()).patch("/api/v1/contracts/" + id, Map.of("weeklyLimitHours", 10));
        assertThat(patch.status()).isEqualTo(422);
        assertThat(patch.code()).isEqualTo("retainer.weekly_limit");
    }

    @Test
    void new_terms_apply_from_the_next_cycle_and_are_audited() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        var r = server.api(w.clientOwner().token()).put("/api/v1/contracts/" + id + "/retainer",
                Map.of("capHours", 30, "cycle", "monthly", "cycleDay", 1));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("status").path("capHours").decimalValue()).as("this cycle keeps its cap").isEqualByComparingTo("20");
        assertThat(r.json().path("nextTerms").path("terms").path("capHours").decimalValue()).isEqualByComparingTo("30");
        assertThat(r.json().path("nextTerms").path("from").asText()).isEqualTo("2026-12-01");
        server.clock().set(Instant.parse("2026-12-02T10:00:00Z"));
        var next = server.api(w.client().token()).get("/api/v1/contracts/" + id + "/retainer").json().path("status");
        assertThat(next.path("capHours").decimalValue()).isEqualByComparingTo("30");
        assertThat(server.api(w.freelancer().token()).put("/api/v1/contracts/" + id + "/retainer", Map.of("capHours", 99)).status())
                .as("the freelancer does not set the terms").isEqualTo(403);
        var audit = server.api(w.clientOwner().token()).get("/api/v1/contracts/" + id + "/audit").body();
        assertThat(audit).contains("retainer.update");
    }

    @Test
    void the_freelancer_curates_the_work_log_and_the_client_reads_the_curated_lines() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 6, "fix hero spacing", "Design");
        var fran = server.api(w.freelancer().token());
        var log = fran.get("/api/v1/contracts/" + id + "/retainer/log").json();
        String line = log.path("lines").get(0).path("id").asText();
        var renamed = fran.post("/api/v1/contracts/" + id + "/retainer/log", Map.of("action", "rename", "line", line, "text", "Homepage redesign"));
        assertThat(renamed.status()).as("%s", renamed).isEqualTo(200);
        var lines = server.api(w.client().token()).get("/api/v1/contracts/" + id + "/retainer").json().path("status").path("lines");
        assertThat(lines.get(0).path("text").asText()).isEqualTo("Homepage redesign");
        assertThat(lines.get(0).path("hours").decimalValue()).isEqualByComparingTo("1");
        assertThat(server.api(w.client().token()).get("/api/v1/contracts/" + id + "/retainer/log").status())
                .as("raw entries are the freelancer's").isEqualTo(403);
    }
}
