package org.hourbook.server.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hourbook.server.mail.TestSmtp;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Forms;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile page's forms over HTTP: name and zone, password, email with and without mail. */
@RealServer
class ProfileIT {
    static final String NEW_PASSWORD = "another long passphrase";

    @TempDir
    Path dir;
    TestServer server;
    Fixtures fx;
    World w;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
    }

    Forms.Page profile(Fixtures.SignedIn browser) {
        return Forms.open(browser.api(), "/profile");
    }

    @Test
    void name_and_time_zone_are_saved_and_the_zone_is_the_diarys_mine() {
        var fran = fx.signIn(w.freelancer());
        Api.Response saved = profile(fran).post("/profile", Map.of("name", "  Fran F. ", "zone", "Europe/Lisbon"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/profile?done=saved");
        var me = fran.api().get("/api/v1/me").json();
        assertThat(me.path("name").asText()).isEqualTo("Fran F.");
        assertThat(me.path("zone").asText()).isEqualTo("Europe/Lisbon");
        assertThat(fran.api().get("/api/v1/contracts/" + w.contract().id() + "/diary?date=2026-11-18").json().path("zone").asText())
                .as("the diary in my zone").isEqualTo("Europe/Lisbon");
        assertThat(Forms.open(fran.api(), "/profile?done=saved").response().body()).contains("Your profile is saved", "Fran F.");
    }

    @Test
    void an_unknown_zone_or_an_empty_name_is_refused_next_to_its_field() {
        var fran = fx.signIn(w.freelancer());
        Api.Response zone = profile(fran).post("/profile", Map.of("name", "Fran", "zone", "Mars/Olympus"));
        assertThat(zone.status()).isEqualTo(422);
        assertThat(zone.body()).contains("id=\"zone-error\"", "Choose a time zone from the list");
        Api.Response name = profile(fran).post("/profile", Map.of("name", " ", "zone", "UTC"));
        assertThat(name.status()).isEqualTo(422);
        assertThat(name.body()).contains("id=\"name-error\"", "Enter your name");
        assertThat(fran.api().get("/api/v1/me").json().path("zone").asText()).isEqualTo("Asia/Kathmandu");
    }

    @Test
    void the_password_changes_with_the_current_one_and_other_sessions_end_while_tokens_keep_working() {
        var here = fx.signIn(w.freelancer());
        var elsewhere = fx.signIn(w.freelancer());
        String device = fx.deviceToken(w.freelancer());

        Api.Response wrong = profile(here).post("/profile/password",
                Map.of("current", "not it", "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"current-password-error\"", "not your current password");
        assertThat(elsewhere.api().get("/api/v1/me").status()).isEqualTo(200);

        Api.Response changed = profile(here).post("/profile/password",
                Map.of("current", Fixtures.PASSWORD, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(here.api().get("/api/v1/me").status()).as("this browser").isEqualTo(200);
        assertThat(elsewhere.api().get("/api/v1/me").status()).as("the other browser").isEqualTo(401);
        assertThat(server.api(device).get("/api/v1/me").status()).as("the tracker").isEqualTo(200);
        assertThat(server.anonymous().post("/api/v1/auth/session", Map.of("email", w.freelancer().email(), "password", NEW_PASSWORD))
                .status()).isEqualTo(200);
    }

    @Test
    void without_mail_a_new_email_needs_the_current_password_and_applies_at_once() {
        var fran = fx.signIn(w.freelancer());
        assertThat(profile(fran).response().body()).contains("does not send mail");
        Api.Response noPassword = profile(fran).post("/profile/email", Map.of("email", "fran@new.test", "current", ""));
        assertThat(noPassword.status()).isEqualTo(422);
        Api.Response taken = profile(fran).post("/profile/email", Map.of("email", "CARL@acme.test", "current", Fixtures.PASSWORD));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("Another account uses that email address");

        Api.Response changed = profile(fran).post("/profile/email", Map.of("email", "fran@new.test", "current", Fixtures.PASSWORD));

        assertThat(changed.status()).isEqualTo(303);
        assertThat(fran.api().get("/api/v1/me").json().path("email").asText()).isEqualTo("fran@new.test");
        assertThat(server.anonymous().post("/api/v1/auth/session", Map.of("email", "fran@new.test", "password", Fixtures.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void with_mail_a_new_email_applies_when_the_link_mailed_to_it_is_opened_once() {
        try (TestSmtp smtp = TestSmtp.plain();
             TestServer mailing = TestServer.start(Backend.SQLITE, dir.resolve("mail"), c -> c.withMail(smtp.settings()))) {
            var world = new Fixtures(mailing).hourlyContractWithLimit(20);
            var fran = new Fixtures(mailing).signIn(world.freelancer());
            Api.Response sent = Forms.open(fran.api(), "/profile").post("/profile/email", Map.of("email", "fran@new.test", "current", Fixtures.PASSWORD));
            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.body()).contains("We sent a link to fran@new.test");
            assertThat(fran.api().get("/api/v1/me").json().path("email").asText()).as("not before the link is opened").isEqualTo("fran@pixel.test");

            String link = smtp.linkTo("fran@new.test", "/email/");
            String path = link.substring(link.indexOf("/email/"));
            Forms.Page confirm = Forms.open(mailing.anonymous(), path);
            assertThat(confirm.response().body()).contains("fran@new.test", "Use this address");
            Api.Response done = confirm.post(path, Map.of());

            assertThat(done.status()).isEqualTo(303);
            assertThat(done.header("Location")).isEqualTo("/signin?done=email");
            assertThat(fran.api().get("/api/v1/me").json().path("email").asText()).isEqualTo("fran@new.test");
            assertThat(Forms.open(mailing.anonymous(), path).response().status()).as("used").isEqualTo(410);
        }
    }
}
