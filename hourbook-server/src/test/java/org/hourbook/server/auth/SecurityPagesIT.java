package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.Person;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Forms;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sessions and API tokens pages over plain HTTP, as a browser without JavaScript uses them. */
@RealServer
class SecurityPagesIT {
    static final String FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/18.0 Mobile/15E148 Safari/604.1";

    TestServer server;
    Fixtures fx;
    World w;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
    }

    /** Signs in through the sign-in form with this User-Agent; returns the browser, with its cookies. */
    Api browser(Person p, String userAgent) {
        Forms.Page page = Forms.open(server.anonymous().with("User-Agent", userAgent), "/signin");
        Api.Response r = page.post("/signin", Map.of("email", p.email(), "password", Fixtures.PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(303);
        String session = r.header("Set-Cookie").split(";", 2)[0];
        return page.browser().with("Cookie", page.browser().header("Cookie") + "; " + session);
    }

    @Test
    void the_sessions_page_names_each_browser_and_marks_this_one() {
        Api laptop = browser(w.freelancer(), FIREFOX_LINUX);
        browser(w.freelancer(), SAFARI_IPHONE);
        browser(w.client(), SAFARI_IPHONE);

        String page = Forms.open(laptop, "/profile/sessions").response().body();

        assertThat(page).contains("Firefox on Linux", "Safari on iPhone", "this browser", "18 Nov 2026, 20:45")
                .contains("Sign out all other sessions (1)");
        assertThat(page.split("<tr id=\"session-", -1)).as("fran's two sessions, not carl's").hasSize(3);
    }

    @Test
    void signing_out_all_other_sessions_ends_them_and_keeps_this_one() {
        Api laptop = browser(w.freelancer(), FIREFOX_LINUX);
        Api phone = browser(w.freelancer(), SAFARI_IPHONE);
        Api tablet = browser(w.freelancer(), SAFARI_IPHONE);
        Api carl = browser(w.client(), FIREFOX_LINUX);

        Forms.Page sessions = Forms.open(laptop, "/profile/sessions");
        Api.Response r = sessions.post("/profile/sessions/end-others", Map.of());

        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/profile/sessions?done=others");
        assertThat(phone.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(tablet.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(carl.get("/api/v1/me").status()).as("someone else's session").isEqualTo(200);
        assertThat(Forms.open(laptop, "/profile/sessions?done=others").response().body()).contains("Every other session is signed out")
                .doesNotContain("Safari on iPhone");
    }

    @Test
    void one_session_is_signed_out_by_its_id_and_another_persons_id_is_not_found() {
        Api laptop = browser(w.freelancer(), FIREFOX_LINUX);
        Api phone = browser(w.freelancer(), SAFARI_IPHONE);
        Api carl = browser(w.client(), SAFARI_IPHONE);
        String phoneId = server.db().sessions().listForUser(w.freelancer().id(), server.clock().instant()).stream()
                .filter(s -> s.userAgent().contains("iPhone")).findFirst().orElseThrow().publicId();

        Api.Response other = Forms.open(carl, "/profile/sessions").post("/profile/sessions/" + phoneId + "/end", Map.of());
        assertThat(other.status()).as("carl cannot end fran's session").isEqualTo(404);
        assertThat(phone.get("/api/v1/me").status()).isEqualTo(200);

        Api.Response ended = Forms.open(laptop, "/profile/sessions").post("/profile/sessions/" + phoneId + "/end", Map.of());
        assertThat(ended.status()).isEqualTo(303);
        assertThat(phone.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void ending_this_browsers_own_session_signs_out() {
        Api laptop = browser(w.freelancer(), FIREFOX_LINUX);
        String own = server.db().sessions().listForUser(w.freelancer().id(), server.clock().instant()).get(0).publicId();

        Api.Response r = Forms.open(laptop, "/profile/sessions").post("/profile/sessions/" + own + "/end", Map.of());

        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/signin");
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void the_tokens_page_lists_personal_and_device_tokens_and_a_new_one_is_shown_once_and_works() {
        fx.deviceToken(w.freelancer());
        Api laptop = browser(w.freelancer(), FIREFOX_LINUX);

        String before = Forms.open(laptop, "/profile/tokens").response().body();
        assertThat(before).contains("Personal", "Device (tracker)", "tracker");

        Api.Response created = Forms.open(laptop, "/profile/tokens").post("/profile/tokens", Map.of("name", "invoicing script"));
        assertThat(created.status()).isEqualTo(200);
        var secret = java.util.regex.Pattern.compile("id=\"secret\"[^>]*value=\"(hb_[A-Za-z0-9_-]+)\"").matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        assertThat(server.api(secret.group(1)).get("/api/v1/me").json().path("email").asText()).isEqualTo(w.freelancer().email());
        String after = Forms.open(laptop, "/profile/tokens").response().body();
        assertThat(after).contains("invoicing script").doesNotContain(secret.group(1));
    }

    @Test
    void revoking_a_device_token_on_the_page_stops_the_tracker_and_another_persons_token_is_not_found() {
        String tracker = fx.deviceToken(w.freelancer());
        assertThat(server.api(tracker).get("/api/v1/me").status()).isEqualTo(200);
        long id = server.db().apiTokens().listForUser(w.freelancer().id()).stream()
                .filter(t -> t.kind() == org.hourbook.store.auth.TokenKind.DEVICE).findFirst().orElseThrow().id();

        Api.Response foreign = Forms.open(browser(w.client(), FIREFOX_LINUX), "/profile/tokens").post("/profile/tokens/" + id + "/revoke", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(server.api(tracker).get("/api/v1/me").status()).isEqualTo(200);

        Api.Response revoked = Forms.open(browser(w.freelancer(), FIREFOX_LINUX), "/profile/tokens")
                .post("/profile/tokens/" + id + "/revoke", Map.of());
        assertThat(revoked.status()).isEqualTo(303);
        assertThat(server.api(tracker).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(server.api(w.freelancer().token()).get("/api/v1/me").status()).as("the personal token is another token").isEqualTo(200);
    }

    @Test
    void a_session_idle_for_longer_than_a_week_is_not_listed() {
        Api laptop = browser(w.freelancer(), FIREFOX_LINUX);
        browser(w.freelancer(), SAFARI_IPHONE);
        server.clock().advance(Duration.ofDays(6));
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200); // the laptop is used, the phone is not
        server.clock().advance(Duration.ofDays(2));

        assertThat(Forms.open(laptop, "/profile/sessions").response().body()).contains("Firefox on Linux").doesNotContain("Safari on iPhone");
    }
}
