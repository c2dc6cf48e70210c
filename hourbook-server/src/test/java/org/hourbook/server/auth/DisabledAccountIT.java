package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.auth.StoredSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operator disables a person who left (hourbook admin users disable): their access ends at the next request. */
@RealServer
class DisabledAccountIT {
    TestServer server;
    Fixtures fx;
    World w;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
    }

    @Test
    void a_disabled_persons_open_session_and_token_stop_working_at_once() {
        var browser = fx.signIn(w.freelancer());
        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(200);

        server.services().userAdmin().disable(w.freelancer().email());

        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.api(w.freelancer().token()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.api(w.client().token()).get("/api/v1/me").status()).as("others carry on").isEqualTo(200);
    }

    @Test
    void a_disabled_person_is_told_so_only_after_giving_the_right_password() {
        server.services().userAdmin().disable(w.freelancer().email());

        var wrong = server.anonymous().post("/api/v1/auth/session", Map.of("email", w.freelancer().email(), "password", "guess"));
        var right = server.anonymous().post("/api/v1/auth/session", Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD));

        assertThat(wrong.code()).isEqualTo("auth.invalid");
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.code()).isEqualTo("auth.disabled");
        assertThat(right.json().path("message").asText()).contains("disabled", "ask the person who runs Hourbook");
    }

    @Test
    void a_session_that_outlived_the_disabling_does_not_authenticate() {
        server.services().userAdmin().disable(w.freelancer().email());
        // As if a session had been written after the disabling (e.g. by a page that signs in after setting a password).
        String secret = server.services().tokens().newSecret("");
        Instant now = server.clock().instant();
        server.db().sessions().create(new StoredSession(Tokens.sha256(secret), w.freelancer().id(), "csrf", now, now.plusSeconds(3600), now));

        assertThat(server.anonymous().with("Cookie", Auth.SESSION_COOKIE + "=" + secret).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void enabling_restores_sign_in_but_not_the_ended_sessions_and_tokens() {
        var browser = fx.signIn(w.freelancer());
        server.services().userAdmin().disable(w.freelancer().email());

        server.services().userAdmin().enable(w.freelancer().email());

        assertThat(browser.api().get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.api(w.freelancer().token()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(fx.signIn(w.freelancer()).api().get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void the_diary_keeps_a_disabled_persons_time() {
        fx.track(w, TestServer.NOW.minusSeconds(3600), 3);

        server.services().userAdmin().disable(w.freelancer().email());

        assertThat(server.db().segments().findByContract(w.contract().id(), TestServer.NOW.minusSeconds(7200), TestServer.NOW))
                .hasSize(3);
    }
}
