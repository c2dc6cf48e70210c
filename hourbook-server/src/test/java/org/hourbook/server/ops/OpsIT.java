package org.hourbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Images;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenAPI completeness, metrics, headers, error shapes, CSV safety, team page and graceful shutdown. */
@RealServer
class OpsIT {
    @TempDir
    Path dir;

    TestServer server;
    Fixtures fx;
    World w;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
    }

    @Test
    void every_registered_route_is_in_the_openapi_document_and_nothing_else() {
        Set<String> registered = new TreeSet<>();
        for (String r : server.app().routes()) {
            String[] parts = r.split(" ", 2);
            // the JSON API, /metrics and every endpoint the web pages use (F19)
            if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(parts[0])) registered.add(r);
        }
        assertThat(registered).hasSizeGreaterThan(20);
        JsonNode doc = server.anonymous().get("/api/v1/openapi.json").json();
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
        assertThat(documented).isEqualTo(registered);
        assertThat(new TreeSet<>(server.app().documentedRoutes())).isEqualTo(registered);
        // every referenced schema exists
        String text = doc.toString();
        var m = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z]+)").matcher(text);
        while (m.find()) assertThat(doc.at("/components/schemas/" + m.group(1)).isMissingNode()).as(m.group(1)).isFalse();
        assertThat(server.anonymous().get("/api/v1/docs").body()).contains("POST /api/v1/contracts/{id}/segments").doesNotContain("<script");
    }

    @Test
    void metrics_are_in_prometheus_format_by_route_template_with_pool_gauges() {
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 2);
        server.api(w.client().token()).get("/api/v1/contracts/" + w.contract().id());
        String metrics = server.anonymous().get("/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/contracts/{id}\",status=\"200\"}")
                .contains("http_server_requests_seconds_bucket")
                .contains("hourbook_segments_ingested_total 2.0")
                .contains("hikari_connections_active{pool=\"hourbook-db\"}");
    }

    @Test
    void every_response_carries_security_headers_and_errors_are_json_with_a_code() {
        var r = server.anonymous().get("/api/v1/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isNotEmpty();
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.header("Referrer-Policy")).isNotEmpty();
        var bad = server.api(w.client().token()).get("/api/v1/contracts/not-a-number");
        assertThat(bad.status()).isEqualTo(404);
        var date = server.api(w.client().token()).get("/api/v1/contracts/" + w.contract().id() + "/diary?date=yesterday");
        assertThat(date.status()).isEqualTo(422);
        assertThat(date.json().path("field").asText()).isEqualTo("date");
    }

    @Test
    void metrics_need_the_configured_token_and_nothing_else_opens_them() {
        try (TestServer locked = TestServer.start(Backend.SQLITE, dir.resolve("locked"), c -> c.withMetricsToken("scrape-me-please"))) {
            var someone = new Fixtures(locked).hourlyContractWithLimit(20).freelancer();
            var anonymous = locked.anonymous().get("/metrics");
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(locked.anonymous().with("Authorization", "Bearer wrong").get("/metrics").status()).isEqualTo(401);
            assertThat(locked.api(someone.token()).get("/metrics").status()).as("a user's API token is not the metrics token").isEqualTo(401);
            var scraped = locked.anonymous().with("Authorization", "Bearer scrape-me-please").get("/metrics");
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.body()).contains("http_server_requests_seconds");
            assertThat(locked.api(someone.token()).get("/api/v1/me").status()).as("API tokens still work elsewhere").isEqualTo(200);
        }
    }

    @Test
    void private_answers_are_never_cached_while_static_files_are() {
        var me = server.api(w.freelancer().token()).get("/api/v1/me");
        assertThat(me.header("Cache-Control")).isEqualTo("no-store");
        var page = fx.signIn(w.freelancer()).api().with("Accept", "text/html").get("/contracts");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        var css = server.anonymous().get("/static/hourbook.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).startsWith("public");
        assertThat(me.header("Strict-Transport-Security")).as("no HSTS on plain-http deployments").isNull();
    }

    @Test
    void static_files_come_with_an_etag_that_answers_a_revalidation_with_304() {
        var css = server.anonymous().get("/static/hourbook.css");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains("body");
        String etag = css.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(server.anonymous().with("If-None-Match", etag).get("/static/hourbook.css").status()).isEqualTo(304);
        assertThat(server.anonymous().get("/static/htmx.min.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(server.anonymous().get("/static/nothing.js").status()).isEqualTo(404);
        assertThat(server.anonymous().get("/static/..%2Fhourbook.db").status()).isEqualTo(404);
    }

    @Test
    void with_secure_cookies_the_session_cookie_is_secure_and_browsers_are_told_to_stay_on_https() {
        try (TestServer tls = TestServer.start(Backend.SQLITE, dir.resolve("tls"), c -> c.withSecureCookies(true))) {
            var fran = new Fixtures(tls).hourlyContractWithLimit(20).freelancer();
            var r = tls.anonymous().post("/api/v1/auth/session", Map.of("email", fran.email(), "password", Fixtures.PASSWORD));
            assertThat(r.header("Set-Cookie")).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(r.header("Strict-Transport-Security")).startsWith("max-age=");
        }
    }

    @Test
    void timesheet_csv_defuses_formula_injection_in_every_text_cell() {
        server.api(w.clientOwner().token()).patch("/api/v1/contracts/" + w.contract().id(), Map.of("title", "=HYPERLINK(\"http://evil\")"));
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 3);
        var csv = server.api(w.client().token()).get("/api/v1/contracts/" + w.contract().id() + "/timesheet?week=2026-11-16&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
        assertThat(csv.body()).contains("2026-11-16,0.50,0.00,0.00,0.50,25.00");
        assertThat(csv.body()).contains("total,0.50,0.00,0.00,0.50,25.00");
    }

    @Test
    void the_agency_lead_sees_each_member_today_and_this_week() {
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 3);
        fx.track(w, Instant.parse("2026-11-18T10:00:00Z"), 2);
        JsonNode team = server.api(w.lead().token()).get("/api/v1/teams/" + w.agency().id()).json();
        JsonNode fran = null;
        for (JsonNode m : team.path("members")) if (m.path("userId").asLong() == w.freelancer().id()) fran = m;
        assertThat(fran).isNotNull();
        assertThat(fran.path("weekSeconds").asLong()).isEqualTo(3000);
        assertThat(fran.path("todaySeconds").asLong()).isEqualTo(1200);
        assertThat(fran.path("weekActivity").asInt()).isBetween(1, 10);
        assertThat(team.path("members")).hasSize(4);
    }

    @Test
    void stopping_lets_a_request_in_flight_finish() throws Exception {
        var uploadUrl = "/api/v1/contracts/" + w.contract().id() + "/segments/"
                + fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 1).get(0) + "/screenshot";
        byte[] image = Images.jpeg(300, 200, java.awt.Color.GRAY);
        Api fran = server.api(w.freelancer().token());
        // The body trickles in over ~1 s while the server is asked to stop.
        CompletableFuture<Api.Response> inFlight = CompletableFuture.supplyAsync(() -> fran.send("PUT", uploadUrl,
                HttpRequest.BodyPublishers.ofInputStream(() -> new SlowStream(image)), "image/jpeg"));
        // Stop only once the server is handling it: a fixed pause lost the race on a busy machine.
        long waitUntil = System.nanoTime() + 10_000_000_000L;
        while (server.app().requestsInFlight() == 0 && System.nanoTime() < waitUntil) Thread.sleep(10);
        assertThat(server.app().requestsInFlight()).as("the upload reached the server").isPositive();
        long t0 = System.nanoTime();
        server.app().stop();
        assertThat(inFlight.get().status()).as("request finished during shutdown").isEqualTo(200);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
    }

    /** Hands out a few bytes at a time with pauses, like a slow uplink. */
    static final class SlowStream extends InputStream {
        private final byte[] data;
        private int pos;

        SlowStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = Math.min(Math.min(len, data.length / 8 + 1), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    static List<String> lines(String s) {
        return new ArrayList<>(List.of(s.split("\r?\n")));
    }
}
