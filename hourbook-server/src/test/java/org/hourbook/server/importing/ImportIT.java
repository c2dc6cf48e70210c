package org.hourbook.server.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.hourbook.server.testing.Api;
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
class ImportIT {
    @Parameter
    Backend backend;
    TestServer server;
    Fixtures fx;
    Fixtures.World w;
    Api fran;
    String base;

    @BeforeEach
    void retainer() {
        w = fx.retainerWithCap(20);
        fran = server.api(w.freelancer().token());
        base = "/api/v1/contracts/" + w.contract().id();
    }

    Api.Response post(String query, String file) {
        return fran.send("POST", base + "/imports" + query, HttpRequest.BodyPublishers.ofByteArray(CsvFileTest.resource(file)), "text/csv");
    }

    @Test
    void a_dry_run_previews_without_storing_and_the_import_then_counts_its_hours() {
        var preview = post("?dryRun=true&fileName=toggl.csv&filterBy=client&filterValue=Acme", "toggl.csv");
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(preview.json().path("format").asText()).isEqualTo("TOGGL");
        assertThat(preview.json().path("rows").asInt()).isEqualTo(4);
        assertThat(preview.json().path("hours").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(preview.json().path("problems").size()).isZero();
        assertThat(usedHours()).isEqualByComparingTo("0");
        var done = post("?fileName=toggl.csv&filterBy=client&filterValue=Acme", "toggl.csv");
        assertThat(done.status()).as("%s", done).isEqualTo(201);
        assertThat(done.json().path("added").asInt()).isEqualTo(3);
        assertThat(usedHours()).isEqualByComparingTo("4.5");
    }

    @Test
    void importing_the_same_rows_again_adds_nothing_and_says_how_many_were_there() {
        assertThat(post("", "harvest.csv").status()).isEqualTo(201);
        var again = post("?dryRun=true", "harvest.csv");
        assertThat(again.json().path("alreadyThere").asInt()).isEqualTo(2);
        var second = post("", "harvest.csv");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("added").asInt()).isZero();
        assertThat(usedHours()).isEqualByComparingTo("1.83");
    }

    @Test
    void a_file_with_problems_imports_nothing_unless_the_good_rows_are_asked_for() {
        var refused = post("", "bad-rows.csv");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("message").asText()).contains("line 3");
        assertThat(usedHours()).isEqualByComparingTo("0");
        var preview = post("?dryRun=true", "bad-rows.csv").json();
        assertThat(preview.path("problems").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(preview.path("problems").get(0).path("column").asText()).isEqualTo("hours".equals(preview.path("problems").get(0)
                .path("column").asText()) ? "hours" : "date");
        var partial = post("?skipProblemRows=true", "bad-rows.csv");
        assertThat(partial.status()).isEqualTo(201);
        assertThat(usedHours()).isEqualByComparingTo("1");
    }

    @Test
    void ambiguous_dates_wait_for_the_day_month_answer() {
        assertThat(post("?dryRun=true", "ambiguous-day-order.csv").json().path("askDayOrder").asBoolean()).isTrue();
        assertThat(post("", "ambiguous-day-order.csv").status()).isEqualTo(422);
        var answered = post("?dryRun=true&dayOrder=DAY_FIRST", "ambiguous-day-order.csv").json();
        assertThat(answered.path("askDayOrder").asBoolean()).isFalse();
        assertThat(answered.path("firstDate").asText()).isEqualTo("2026-04-03");
    }

    @Test
    void the_same_rows_sent_four_times_at_once_are_counted_once() throws Exception {
        StringBuilder csv = new StringBuilder("date,description,hours\n");
        for (int i = 0; i < 3000; i++) csv.append("2026-11-").append(String.format("%02d", 1 + i % 17)).append(",Task ").append(i).append(",0.01\n");
        java.util.List<java.util.concurrent.Future<Api.Response>> sent = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                // Blank lines at the end make four different files (an identical one shares its upload) of the same rows.
                byte[] file = (csv + "\n".repeat(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sent.add(pool.submit(() -> fran.send("POST", base + "/imports?fileName=big.csv", HttpRequest.BodyPublishers.ofByteArray(file), "text/csv")));
            }
        }
        int added = 0;
        int already = 0;
        for (var f : sent) {
            Api.Response r = f.get();
            assertThat(r.status()).as("%s", r).isEqualTo(201);
            added += r.json().path("added").asInt();
            already += r.json().path("alreadyThere").asInt();
        }
        assertThat(added).isEqualTo(3000);
        assertThat(already).isEqualTo(3 * 3000);
        assertThat(usedHours()).isEqualByComparingTo("30");
    }

    @Test
    void an_import_is_audited_and_undone_as_a_whole() {
        long id = post("", "generic-quoted-newlines.csv").json().path("importId").asLong();
        assertThat(usedHours()).isEqualByComparingTo("1.5");
        var undo = fran.post(base + "/imports/" + id + "/undo", null);
        assertThat(undo.status()).as("%s", undo).isEqualTo(200);
        assertThat(undo.json().path("undoneAt").isNull()).isFalse();
        assertThat(usedHours()).isEqualByComparingTo("0");
        assertThat(fran.post(base + "/imports/" + id + "/undo", null).status()).isEqualTo(409);
        assertThat(post("", "generic-quoted-newlines.csv").json().path("added").asInt()).as("the undone rows can come again").isPositive();
        assertThat(usedHours()).isEqualByComparingTo("1.5");
        String audit = fran.get(base + "/audit").body();
        assertThat(audit).contains("import.create").contains("import.undo");
        assertThat(server.api(w.client().token()).send("POST", base + "/imports", HttpRequest.BodyPublishers.ofString("date,description,hours\n"),
                "text/csv").status()).as("only the freelancer imports").isEqualTo(403);
    }

    @Test
    void imported_markup_and_formulas_stay_text_on_every_page_and_feed() {
        assertThat(post("", "formula-and-markup.csv").status()).isEqualTo(201);
        for (var line : fran.get(base + "/retainer/log").json().path("lines")) {
            for (var e : line.path("entries")) fran.post(base + "/retainer/log", java.util.Map.of("action", "publish", "entry", e.path("id").asText()));
        }
        String path = java.net.URI.create(fran.post(base + "/retainer/links", java.util.Map.of("note", "n")).json().path("url").asText()).getPath();
        String html = server.anonymous().get(path).body();
        String atom = server.anonymous().get(path + "/feed").body();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(atom).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
        assertThat(html).contains("=HYPERLINK(").doesNotContain("href=\"http://evil");
    }

    java.math.BigDecimal usedHours() {
        return fran.get(base + "/retainer").json().path("status").path("usedHours").decimalValue();
    }
}
