package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Forms;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms anyone may post (sign-in, forgot password, password and email links, and whatever else is
 * registered as {@code Operation.form(...).open()}) need this browser's pre-session CSRF token, and
 * no state-changing browser request is taken from another site.
 */
@RealServer
class PublicFormsIT {
    @TempDir
    Path dir;

    TestServer server;
    Fixtures fx;
    World w;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
    }

    /** Every public form of the server as registered, with a made-up value in each path parameter. */
    List<String> publicForms() {
        List<String> paths = new ArrayList<>();
        for (Operation op : server.app().operations()) {
            if (op.publicForm()) paths.add(op.path().replaceAll("\\{[^}]+}", "not-a-real-token"));
        }
        return paths;
    }

    @Test
    void the_known_public_forms_are_among_them() {
        assertThat(publicForms()).contains("/signin", "/forgot-password", "/password/not-a-real-token", "/email/not-a-real-token",
                "/setup/not-a-real-token", "/invite/not-a-real-token");
    }

    @TestFactory
    Stream<DynamicTest> every_public_form_refuses_a_post_without_this_browsers_token() {
        return publicForms().stream().flatMap(path -> Stream.of(
                DynamicTest.dynamicTest(path + " without any token", () -> {
                    var r = Forms.postRaw(server.anonymous(), path, Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD));
                    assertThat(r.status()).as(r.toString()).isEqualTo(403);
                    assertThat(r.body()).contains("This form has expired");
                    assertThat(r.header("Set-Cookie")).as("no session was started").isNull();
                }),
                DynamicTest.dynamicTest(path + " with another browser's token", () -> {
                    Forms.Page mine = Forms.open(server.anonymous(), "/signin");
                    Forms.Page theirs = Forms.open(server.anonymous(), "/signin");
                    var r = Forms.postRaw(mine.browser(), path, Map.of("_csrf", theirs.csrf(), "email", w.freelancer().email(),
                            "password", Fixtures.PASSWORD));
                    assertThat(r.status()).as(r.toString()).isEqualTo(403);
                }),
                DynamicTest.dynamicTest(path + " from another site (Origin)", () -> {
                    var r = Forms.open(server.anonymous(), "/signin").with("Origin", "https://evil.example").post(path, Map.of());
                    assertThat(r.status()).as(r.toString()).isEqualTo(403);
                    assertThat(r.body()).contains("Request from another site refused");
                }),
                DynamicTest.dynamicTest(path + " from another site (Sec-Fetch-Site)", () -> {
                    for (String site : List.of("cross-site", "same-site")) {
                        var r = Forms.open(server.anonymous(), "/signin").with("Sec-Fetch-Site", site).post(path, Map.of());
                        assertThat(r.status()).as(site + ": " + r).isEqualTo(403);
                    }
                })));
    }

    @Test
    void a_foreign_page_cannot_sign_a_visitor_into_an_account() {
        var forged = Forms.postRaw(server.anonymous(), "/signin", Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Auth.SESSION_COOKIE + "="));

        Forms.Page page = Forms.open(server.anonymous(), "/signin");
        assertThat(page.response().header("Set-Cookie")).startsWith(PublicForms.COOKIE + "=").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        var own = page.with("Origin", server.url("")).with("Sec-Fetch-Site", "same-origin")
                .post("/signin", Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD));
        assertThat(own.status()).as("the page's own form, from its own origin").isEqualTo(303);
        assertThat(own.header("Set-Cookie")).startsWith(Auth.SESSION_COOKIE + "=");
    }

    @Test
    void a_sign_in_next_with_dot_segments_is_resolved_before_it_is_checked() {
        for (String next : List.of("/..//evil.example", "/%2e%2e//evil.example", "/contracts/../..//evil.example")) {
            var r = Forms.open(server.anonymous(), "/signin")
                    .post("/signin", Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD, "next", next));
            assertThat(r.status()).isEqualTo(303);
            assertThat(r.header("Location")).as(next).isEqualTo("/contracts");
        }
        var kept = Forms.open(server.anonymous(), "/signin")
                .post("/signin", Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD, "next", "/contracts/./x/../" + w.contract().id() + "/settings"));
        assertThat(kept.header("Location")).isEqualTo("/contracts/" + w.contract().id() + "/settings");
    }

    @Test
    void signed_in_browser_requests_from_another_site_are_refused_even_with_the_right_csrf_token() {
        var browser = fx.signIn(w.freelancer());
        String segments = "/api/v1/contracts/" + w.contract().id() + "/segments";
        var body = Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-16T09:00:00Z"), 600, "m")));
        Api withToken = browser.api().with("X-CSRF-Token", browser.csrf());

        var foreign = withToken.with("Origin", "https://evil.example").post(segments, body);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("request.cross_site");
        assertThat(withToken.with("Origin", "null").post(segments, body).code()).isEqualTo("request.cross_site");
        assertThat(withToken.with("Sec-Fetch-Site", "cross-site").delete("/api/v1/auth/session").code()).isEqualTo("request.cross_site");
        assertThat(browser.api().get("/api/v1/me").status()).as("still signed in").isEqualTo(200);
        assertThat(withToken.with("Origin", server.url("")).post(segments, body).status()).as("our own origin").isEqualTo(200);
    }

    @Test
    void api_sign_in_from_another_site_is_refused_and_bearer_requests_are_unaffected() {
        var signIn = server.anonymous().with("Origin", "https://evil.example")
                .post("/api/v1/auth/session", Map.of("email", w.freelancer().email(), "password", Fixtures.PASSWORD));
        assertThat(signIn.status()).isEqualTo(403);
        assertThat(signIn.code()).isEqualTo("request.cross_site");
        var bearer = server.api(w.freelancer().token()).with("Origin", "https://evil.example").with("Sec-Fetch-Site", "cross-site")
                .post("/api/v1/contracts/" + w.contract().id() + "/segments",
                        Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-16T10:00:00Z"), 600, "m"))));
        assertThat(bearer.status()).as("a bearer token is never sent by a browser on its own").isEqualTo(200);
    }

    @Test
    void behind_a_proxy_that_rewrites_host_the_public_url_is_our_origin() {
        try (TestServer proxied = TestServer.start(Backend.SQLITE, dir.resolve("proxied"), c -> c.withPublicUrl("https://hours.example.com"))) {
            var fran = new Fixtures(proxied).hourlyContractWithLimit(20).freelancer();
            Forms.Page page = Forms.open(proxied.anonymous(), "/signin");
            var ours = page.with("Origin", "https://hours.example.com").post("/signin", Map.of("email", fran.email(), "password", Fixtures.PASSWORD));
            assertThat(ours.status()).isEqualTo(303);
            var theirs = Forms.open(proxied.anonymous(), "/signin").with("Origin", "https://hours.example.com.evil.example")
                    .post("/signin", Map.of("email", fran.email(), "password", Fixtures.PASSWORD));
            assertThat(theirs.status()).isEqualTo(403);
        }
    }
}
