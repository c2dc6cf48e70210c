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
        assertThat(server.anonymous().get(path).body()).contains("14 of 20 hours used");
        fx.track(w, Instant.parse("2026-11-18T09:00:00Z"), 6, "memo", "Code");
        assertThat(server.anonymous().get(path).body()).contains("15 of 20 hours used").contains("Code");
    }

    @Test
    void a_page_answered_again_is_the_same_bytes_with_the_same_headers() {
        var first = server.anonymous().get(path);
        for (int i = 0; i < 3; i++) {
            var again = server.anonymous().get(path);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.bytes()).isEqualTo(first.bytes());
            assertThat(headersButDate(again)).isEqualTo(headersButDate(first));
        }
        assertThat(first.header("Content-Length")).isEqualTo(Integer.toString(first.bytes().length));
    }

    private static java.util.Map<String, java.util.List<String>> headersButDate(org.hourbook.server.testing.Api.Response r) {
        var all = new java.util.TreeMap<String, java.util.List<String>>(r.raw().headers().map());
        all.remove("date");
        return all;
    }

    @Test
    void time_written_by_another_process_shows_on_the_next_load() {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.db().dialect() == org.hourbook.store.Dialect.SQLITE, "one file, two processes");
        assertThat(server.anonymous().get(path).body()).contains("14 of 20 hours used");
        // A second pool on the same file is what `hourbook import --data` is while the server runs.
        var file = java.nio.file.Path.of(server.db().dataSource().getJdbcUrl().substring("jdbc:sqlite:".length()));
        try (var other = org.hourbook.store.Database.open(org.hourbook.store.StoreConfig.sqlite(file.getParent()))) {
            var hour = new java.util.ArrayList<org.hourbook.core.segment.Segment>();
            for (int k = 0; k < 6; k++) {
                hour.add(new org.hourbook.core.segment.Segment(java.util.UUID.randomUUID(), w.contract().id(), w.freelancer().id(),
                        Instant.parse("2026-11-18T10:00:00Z").plusSeconds(600L * k), 600, java.util.List.of(), "elsewhere", "Design",
                        org.hourbook.core.segment.Source.TRACKED, null));
            }
            other.useTransaction(tx -> tx.segments().insertAll(hour, Instant.parse("2026-11-18T15:00:00Z")));
        }
        assertThat(server.anonymous().get(path).body()).contains("15 of 20 hours used");
    }

    @Test
    void new_terms_and_a_new_minute_show_on_the_next_load() {
        assertThat(server.anonymous().get(path).body()).contains("in 13 days");
        server.clock().advance(java.time.Duration.ofDays(2));
        assertThat(server.anonymous().get(path).body()).contains("in 11 days");
    }

    @Test
    void a_revoked_link_is_gone_and_a_rotated_one_moves_to_a_new_address() {
        var fran = server.api(w.freelancer().token());
        String base = "/api/v1/contracts/" + w.contract().id() + "/retainer/links";
        long id = fran.get(base).json().get(0).path("id").asLong();
        assertThat(server.anonymous().get(path).status()).as("kept before it is rotated").isEqualTo(200);
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

    @Test
    void the_count_is_shared_by_every_node_and_old_minutes_are_cleaned_up() throws Exception {
        // A second node on the same database: what one node let through counts on the other once a second.
        var other = new ShareLinkService(server.db(), server.services().retainers(), server.services().audit(), server.services().tokens(),
                server.services().publicUrl(), ShareLinkService.DEFAULT_PER_MINUTE);
        try {
            Api anon = server.anonymous();
            for (int i = 0; i < ShareLinkService.DEFAULT_PER_MINUTE; i++) assertThat(anon.get(path).status()).isEqualTo(200);
            server.services().shareLinks().close(); // sends this node's counts now rather than within the second
            assertThat(other.admits("127.0.0.1")).as("the first request the other node counts reads back the total").isTrue();
            other.close();
            assertThat(other.admits("127.0.0.1")).as("over the limit of all nodes together").isFalse();
        } finally {
            other.close();
        }
        server.clock().advance(java.time.Duration.ofHours(2));
        assertThat(new org.hourbook.server.ops.Housekeeping(server.db(), server.clock(), at -> 0).runOnce()).isTrue();
        int left = server.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM public_hits").mapTo(Integer.class).one());
        assertThat(left).isZero();
    }
}
