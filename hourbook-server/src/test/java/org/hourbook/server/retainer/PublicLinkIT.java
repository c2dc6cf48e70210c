package org.hourbook.server.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RealServer
class PublicLinkIT {
    TestServer server;
    Fixtures fx;
    Fixtures.World w;
    String path;

    @BeforeEach
    void link() {
        w = fx.retainerWithCap(20);
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 6 * 14, "memo", "Design");
        var r = server.api(w.freelancer().token()).post("/api/v1/contracts/" + w.contract().id() + "/retainer/links",
                Map.of("note", "for the finance team"));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        path = java.net.URI.create(r.json().path("url").asText()).getPath();
    }

    @Test
    void the_link_shows_used_remaining_and_the_reset_date_without_a_login() {
        var r = server.anonymous().get(path);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("14 of 20 hours used").contains("6 remain").contains("resets December 1").contains("in 13 days")
                .contains("Website care");
        assertThat(r.body()).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void the_page_is_never_cached_indexed_or_referred_and_allows_only_its_own_style() {
        var r = server.anonymous().get(path);
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("unsafe");
        assertThat(server.anonymous().get("/robots.txt").body()).contains("Disallow: /");
    }

    @Test
    void the_same_url_answers_json_when_asked_for_it() {
        var r = server.anonymous().with("Accept", "application/json").get(path);
        assertThat(r.status()).isEqualTo(200);
        var j = r.json();
        assertThat(j.path("capHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(j.path("usedHours").decimalValue()).isEqualByComparingTo("14");
        assertThat(j.path("remainingHours").decimalValue()).isEqualByComparingTo("6");
        assertThat(j.path("resetsOn").asText()).isEqualTo("2026-12-01");
        assertThat(j.path("cycleStart").asText()).isEqualTo("2026-11-01");
        assertThat(j.path("lines").get(0).path("text").asText()).isEqualTo("Design");
    }

    @Test
    void the_work_log_is_an_atom_feed_too() {
        var r = server.anonymous().get(path + "/feed");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(r.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("<title>Design — 14h</title>");
    }

    @Test
    void new_time_shows_on_the_next_load() {
        fx.track(w, Instant.parse("2026-11-18T09:00:00Z"), 6, "memo", "Code");
        assertThat(server.anonymous().get(path).body()).contains("15 of 20 hours used").contains("Code");
    }

    @Test
    void a_revoked_link_is_gone_and_a_rotated_one_moves_to_a_new_address() {
        var fran = server.api(w.freelancer().token());
        String base = "/api/v1/contracts/" + w.contract().id() + "/retainer/links";
        long id = fran.get(base).json().get(0).path("id").asLong();
        var rotated = fran.post(base + "/" + id + "/rotate", null);
        assertThat(rotated.status()).isEqualTo(201);
        String next = java.net.URI.create(rotated.json().path("url").asText()).getPath();
        assertThat(rotated.json().path("note").asText()).isEqualTo("for the finance team");
        assertThat(server.anonymous().get(path).status()).isEqualTo(410);
        assertThat(server.anonymous().get(path).body()).contains("turned off");
        assertThat(server.anonymous().get(next).status()).isEqualTo(200);
        assertThat(fran.post(base + "/" + rotated.json().path("id").asLong() + "/revoke", null).status()).isEqualTo(200);
        assertThat(server.anonymous().get(next).status()).isEqualTo(410);
        assertThat(server.anonymous().get("/r/" + "x".repeat(43)).status()).isEqualTo(404);
    }

    @Test
    void the_freelancer_sees_when_a_link_was_last_opened() {
        var fran = server.api(w.freelancer().token());
        String base = "/api/v1/contracts/" + w.contract().id() + "/retainer/links";
        assertThat(fran.get(base).json().get(0).path("lastOpenedAt").isNull()).isTrue();
        server.anonymous().get(path);
        assertThat(fran.get(base).json().get(0).path("lastOpenedAt").asText()).isEqualTo("2026-11-18T15:00:00Z");
        assertThat(server.api(w.client().token()).get(base).status()).as("clients do not manage links").isEqualTo(403);
    }

    @Test
    void too_many_requests_from_one_address_get_429_with_retry_after() {
        Api anon = server.anonymous();
        int last = 200;
        for (int i = 0; i <= ShareLinkService.DEFAULT_PER_MINUTE && last == 200; i++) last = anon.get(path).status();
        var r = anon.get(path);
        assertThat(r.status()).isEqualTo(429);
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
        server.clock().advance(java.time.Duration.ofMinutes(1));
        assertThat(anon.get(path).status()).as("a new minute").isEqualTo(200);
    }
}
