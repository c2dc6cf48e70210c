package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.io.TempDir;

@RealServer
class AuthIT {
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
    void email_and_password_give_a_bearer_token_that_works_until_revoked() {
        var issued = server.anonymous().post("/api/v1/auth/tokens",
                Map.of("email", "FRAN@pixel.test", "password", Fixtures.PASSWORD, "kind", "device", "name", "laptop"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String token = issued.json().path("token").asText();
        var me = server.api(token).get("/api/v1/me");
        assertThat(me.json().path("email").asText()).isEqualTo("fran@pixel.test");
        assertThat(me.json().path("memberships").get(0).path("role").asText()).isEqualTo("FREELANCER");
        // A device token does what the tracker does, and listing or revoking tokens is not that: the owner's personal token is.
        var byDevice = server.api(token).get("/api/v1/auth/tokens");
        assertThat(byDevice.status()).isEqualTo(403);
        assertThat(byDevice.code()).isEqualTo("auth.device_scope");
        Api owner = server.api(w.freelancer().token());
        var listed = owner.get("/api/v1/auth/tokens").json();
        assertThat(listed.toString()).doesNotContain(token).contains("laptop");
        assertThat(owner.delete("/api/v1/auth/tokens/" + issued.json().path("id").asLong()).status()).isEqualTo(204);
        assertThat(server.api(token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.db().apiTokens().listForUser(w.freelancer().id()).toString()).doesNotContain(token);
    }

    @Test
    void a_tracker_signs_out_by_revoking_its_own_device_token_and_no_other() {
        String device = fx.deviceToken(w.freelancer());
        var tokens = server.db().apiTokens().listForUser(w.freelancer().id());
        long own = tokens.stream().filter(t -> t.kind() == org.hourbook.store.auth.TokenKind.DEVICE).findFirst().orElseThrow().id();
        long personal = tokens.stream().filter(t -> t.kind() == org.hourbook.store.auth.TokenKind.PERSONAL).findFirst().orElseThrow().id();

        var other = server.api(device).delete("/api/v1/auth/tokens/" + personal);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("auth.device_scope");
        assertThat(server.api(w.freelancer().token()).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(server.api(device).delete("/api/v1/auth/tokens/" + own).status()).isEqualTo(204);
        assertThat(server.api(device).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void a_wrong_password_is_a_401_and_ten_failures_lock_the_email_with_retry_after() {
        for (int i = 0; i < 10; i++) {
            var r = server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "fran@pixel.test", "password", "wrong " + i));
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("auth.invalid");
        }
        var locked = server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "fran@pixel.test", "password", Fixtures.PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        // Sliding window: the clock stands at the start of a 15-minute window, so the ten failures
        // of this window fade out over the next one — exactly 900 s from now, plus the second that
        // makes the estimate drop below the limit.
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isEqualTo(901);
        assertThat(locked.json().path("message").asText()).isEqualTo("too many sign-in attempts; try again in 16 minutes");
        server.clock().advance(Duration.ofSeconds(retryAfter));
        assertThat(server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "fran@pixel.test", "password", Fixtures.PASSWORD))
                .status()).as("Retry-After is honest").isEqualTo(201);
    }

    Api.Response tokenFrom(TestServer on, String forwardedFor, String email, String password) {
        return on.anonymous().with("X-Forwarded-For", forwardedFor).post("/api/v1/auth/tokens", Map.of("email", email, "password", password));
    }

    @Test
    void an_attacker_guessing_a_password_does_not_lock_the_real_user_or_others_out() {
        try (TestServer proxied = TestServer.start(Backend.SQLITE, dir.resolve("proxied"), c -> c.withTrustedProxies(List.of("127.0.0.1")))) {
            var w2 = new Fixtures(proxied).hourlyContractWithLimit(20);
            for (int i = 0; i < 10; i++) assertThat(tokenFrom(proxied, "203.0.113.9", "fran@pixel.test", "guess " + i).status()).isEqualTo(401);
            assertThat(tokenFrom(proxied, "203.0.113.9", "fran@pixel.test", "guess 11").status()).as("the guesser is slowed").isEqualTo(429);
            assertThat(tokenFrom(proxied, "198.51.100.7", "fran@pixel.test", Fixtures.PASSWORD).status()).as("fran from her own address")
                    .isEqualTo(201);
            assertThat(tokenFrom(proxied, "203.0.113.9", w2.client().email(), Fixtures.PASSWORD).status())
                    .as("another user behind the guesser's address").isEqualTo(201);
        }
    }

    @Test
    void twenty_tries_across_a_window_boundary_are_not_possible() {
        server.clock().set(Instant.parse("2026-11-18T15:14:50Z"));
        for (int i = 0; i < 10; i++) assertThat(server.anonymous().post("/api/v1/auth/tokens",
                Map.of("email", "fran@pixel.test", "password", "wrong " + i)).status()).isEqualTo(401);
        server.clock().advance(Duration.ofSeconds(20));
        int heard = 0;
        for (int i = 0; i < 10; i++) {
            var r = server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "fran@pixel.test", "password", "again " + i));
            if (r.status() != 429) heard++;
        }
        // the estimate lets one try through as the old window starts to fade, never ten fresh ones
        assertThat(heard).as("tries heard in the new window").isLessThanOrEqualTo(1);
    }

    @Test
    void many_addresses_guessing_one_email_make_each_attempt_on_it_wait_longer_but_never_refuse_the_right_password() {
        try (TestServer proxied = TestServer.start(Backend.SQLITE, dir.resolve("proxied"), c -> c.withTrustedProxies(List.of("127.0.0.1")))) {
            new Fixtures(proxied).hourlyContractWithLimit(20);
            for (int i = 0; i < 50; i++) assertThat(tokenFrom(proxied, "203.0.113." + i, "fran@pixel.test", "guess").status()).isEqualTo(401);
            // The first ten are checked at once; from then on each waits before its check, doubling every ten failures.
            List<Duration> expected = new java.util.ArrayList<>();
            for (long seconds : new long[] {1, 2, 4, 8}) for (int i = 0; i < 10; i++) expected.add(Duration.ofSeconds(seconds));
            assertThat(proxied.signInWaits()).isEqualTo(expected);

            var owner = tokenFrom(proxied, "198.51.100.7", "fran@pixel.test", Fixtures.PASSWORD);
            assertThat(owner.status()).as("the right password after fifty failures from elsewhere").isEqualTo(201);
            assertThat(proxied.signInWaits()).as("it waited the most anyone waits").hasSize(41).last().isEqualTo(Duration.ofSeconds(10));
            var guess = tokenFrom(proxied, "203.0.113.200", "fran@pixel.test", "guess");
            assertThat(guess.status()).as("a guess from a fresh address is checked, after the same wait").isEqualTo(401);
            assertThat(proxied.signInWaits()).last().isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void guesses_at_one_account_slow_down_no_other_account() {
        try (TestServer proxied = TestServer.start(Backend.SQLITE, dir.resolve("proxied"), c -> c.withTrustedProxies(List.of("127.0.0.1")))) {
            var w2 = new Fixtures(proxied).hourlyContractWithLimit(20);
            for (int i = 0; i < 20; i++) assertThat(tokenFrom(proxied, "203.0.113." + i, "fran@pixel.test", "guess").status()).isEqualTo(401);
            int waitsSoFar = proxied.signInWaits().size();
            assertThat(tokenFrom(proxied, "203.0.113.1", w2.client().email(), Fixtures.PASSWORD).status()).isEqualTo(201);
            assertThat(proxied.signInWaits()).as("no wait for another account").hasSize(waitsSoFar);
        }
    }

    @Test
    void x_forwarded_for_is_not_believed_from_a_peer_that_is_not_a_trusted_proxy() {
        for (int i = 0; i < 10; i++) assertThat(tokenFrom(server, "203.0.113." + i, "fran@pixel.test", "guess").status()).isEqualTo(401);
        assertThat(tokenFrom(server, "198.51.100.7", "fran@pixel.test", Fixtures.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_first_untrusted_address_from_the_right() {
        try (TestServer proxied = TestServer.start(Backend.SQLITE, dir.resolve("proxied"),
                c -> c.withTrustedProxies(List.of("127.0.0.0/8", "10.0.0.0/8")))) {
            new Fixtures(proxied).hourlyContractWithLimit(20);
            // the client writes anything on the left; our proxies (10.x) append what they saw on the right
            for (int i = 0; i < 10; i++) {
                assertThat(tokenFrom(proxied, "1.2.3." + i + ", 203.0.113.9, 10.0.0.5", "fran@pixel.test", "guess").status()).isEqualTo(401);
            }
            assertThat(tokenFrom(proxied, "9.9.9.9, 203.0.113.9, 10.0.0.5", "fran@pixel.test", Fixtures.PASSWORD).status()).isEqualTo(429);
            assertThat(tokenFrom(proxied, "203.0.113.10, 10.0.0.5", "fran@pixel.test", Fixtures.PASSWORD).status()).isEqualTo(201);
        }
    }

    @Test
    void one_address_trying_many_emails_is_limited_too() {
        for (int i = 0; i < 100; i++) {
            assertThat(server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "guess" + i + "@x.test", "password", "p")).status())
                    .isEqualTo(401);
        }
        var r = server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "fran@pixel.test", "password", Fixtures.PASSWORD));
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.code()).isEqualTo("auth.rate_limited");
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_changes_need_the_csrf_token() {
        var signIn = server.anonymous().post("/api/v1/auth/session", Map.of("email", "fran@pixel.test", "password", Fixtures.PASSWORD));
        String setCookie = signIn.header("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
        var browser = fx.signIn(w.freelancer());
        String segments = "/api/v1/contracts/" + w.contract().id() + "/segments";
        var body = Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-16T09:00:00Z"), 600, "m")));

        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(200);
        var forged = browser.api().post(segments, body);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.code()).isEqualTo("auth.csrf");
        assertThat(browser.api().with("X-CSRF-Token", "not-the-token").post(segments, body).status()).isEqualTo(403);
        assertThat(browser.api().with("X-CSRF-Token", browser.csrf()).post(segments, body).status()).isEqualTo(200);
        // bearer requests never carry ambient credentials, so they need no CSRF token
        assertThat(server.api(w.freelancer().token()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void a_stale_bearer_token_still_reaches_public_endpoints_and_is_named_where_a_user_is_needed() {
        Api stale = server.api("hb_bogus");
        assertThat(stale.get("/api/v1/health").status()).as("load-balancer probes may carry old headers").isEqualTo(200);
        assertThat(stale.get("/api/v1/openapi.json").status()).isEqualTo(200);
        var me = stale.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("auth.token_invalid");
        assertThat(server.anonymous().get("/api/v1/me").code()).isEqualTo("auth.required");
        String metrics = server.anonymous().get("/metrics").body();
        assertThat(metrics).as("the 401 keeps its route label")
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/me\",status=\"401\"}");
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        var browser = fx.signIn(w.client());
        assertThat(browser.api().with("X-CSRF-Token", browser.csrf()).delete("/api/v1/auth/session").status()).isEqualTo(204);
        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void an_idle_session_expires() {
        var browser = fx.signIn(w.client());
        server.clock().advance(Duration.ofDays(8));
        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void housekeeping_removes_expired_sessions_on_one_node_per_round() {
        var browser = fx.signIn(w.client());
        server.clock().advance(Duration.ofDays(31));
        var keeper = new org.hourbook.server.ops.Housekeeping(server.db(), server.clock(), server.services().imports()::sweepUploads);
        var other = new org.hourbook.server.ops.Housekeeping(server.db(), server.clock(), server.services().imports()::sweepUploads);
        assertThat(keeper.runOnce()).isTrue();
        assertThat(other.runOnce()).as("the lease is held by the first node").isFalse();
        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void passwords_are_stored_as_argon2id_and_the_server_key_is_generated_once() {
        assertThat(server.db().accounts().passwordHash(w.client().id()).orElseThrow()).startsWith("$argon2id$");
        String key = server.services().serverKey();
        assertThat(key).hasSizeGreaterThan(40);
        assertThat(server.db().settings().get("server.key")).contains(key);
    }
}
