package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.hourbook.server.mail.TestSmtp;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Forms;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Forgot password" and password links over HTTP, with mail going to a real SMTP server (GreenMail). */
class PasswordResetIT {
    static final String NEW_PASSWORD = "a brand new passphrase";

    @TempDir
    Path dir;
    TestSmtp smtp;
    TestServer server;
    World w;

    @BeforeEach
    void start() {
        smtp = TestSmtp.plain();
        server = TestServer.start(Backend.SQLITE, dir.resolve("mail"), c -> c.withMail(smtp.settings()));
        w = new Fixtures(server).hourlyContractWithLimit(20);
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.close();
    }

    Api.Response forgot(TestServer on, String email) {
        return Forms.open(on.anonymous(), "/forgot-password").post("/forgot-password", Map.of("email", email));
    }

    /** Posts the link's form; the form token is this browser's, the same on every public page (the link's own may be a 410). */
    Api.Response choose(String link, String password, String confirmation) {
        String path = link.substring(link.indexOf("/password/"));
        return Forms.open(server.anonymous(), "/signin").post(path, Map.of("password", password, "confirmation", confirmation));
    }

    @Test
    void the_mailed_link_sets_a_new_password_and_ends_every_session_and_token_of_the_account() {
        Fixtures fx = new Fixtures(server);
        var session = fx.signIn(w.freelancer());
        String device = fx.deviceToken(w.freelancer());
        var carl = fx.signIn(w.client());

        Api.Response asked = forgot(server, "FRAN@pixel.test");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("a link to choose a new password is on its way");
        String link = smtp.linkTo("fran@pixel.test", "/password/");
        assertThat(link).startsWith(server.url("/password/"));
        assertThat(Forms.open(server.anonymous(), link.substring(link.indexOf("/password/"))).response().body())
                .contains("Choose a new password", "Fran Freelancer", "fran@pixel.test");

        Api.Response set = choose(link, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(set.status()).isEqualTo(303);
        assertThat(set.header("Location")).isEqualTo("/signin?done=password");
        assertThat(session.api().get("/api/v1/me").status()).as("the old session").isEqualTo(401);
        assertThat(server.api(w.freelancer().token()).get("/api/v1/me").status()).as("the personal token").isEqualTo(401);
        assertThat(server.api(device).get("/api/v1/me").status()).as("the tracker's token").isEqualTo(401);
        assertThat(carl.api().get("/api/v1/me").status()).as("someone else's session").isEqualTo(200);
        assertThat(signIn("fran@pixel.test", Fixtures.PASSWORD).status()).as("the old password").isEqualTo(401);
        assertThat(signIn("fran@pixel.test", NEW_PASSWORD).status()).isEqualTo(200);
    }

    Api.Response signIn(String email, String password) {
        return server.anonymous().post("/api/v1/auth/session", Map.of("email", email, "password", password));
    }

    @Test
    void the_answer_is_the_same_whether_or_not_an_account_uses_the_email_and_only_an_account_gets_mail() throws Exception {
        Api.Response known = forgot(server, "fran@pixel.test");
        Api.Response unknown = forgot(server, "nobody@pixel.test");

        assertThat(unknown.status()).isEqualTo(known.status());
        assertThat(withoutTokens(unknown.body()).replace("nobody@pixel.test", "E")).isEqualTo(withoutTokens(known.body()).replace("fran@pixel.test", "E"));
        assertThat(smtp.await(1, Duration.ofSeconds(10))).isTrue();
        Thread.sleep(500);
        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received().get(0).getAllRecipients()[0].toString()).isEqualTo("fran@pixel.test");
    }

    static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void a_used_link_answers_410_a_guessed_one_404_and_an_older_one_stops_working_when_a_newer_is_sent() {
        forgot(server, "fran@pixel.test");
        String first = smtp.linkTo("fran@pixel.test", "/password/");
        forgot(server, "fran@pixel.test");
        assertThat(smtp.await(2, Duration.ofSeconds(10))).isTrue();
        String second = smtp.linkTo("fran@pixel.test", "/password/");
        assertThat(second).isNotEqualTo(first);

        Api.Response older = server.anonymous().with("Accept", "text/html").get(first.substring(first.indexOf("/password/")));
        assertThat(older.status()).isEqualTo(410);
        assertThat(older.body()).contains("This link no longer works", "withdrawn");
        assertThat(choose(second, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(303);
        Api.Response again = server.anonymous().with("Accept", "text/html").get(second.substring(second.indexOf("/password/")));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("already used");
        assertThat(server.anonymous().with("Accept", "text/html").get("/password/guessed-guessed-guessed").status()).isEqualTo(404);
    }

    @Test
    void a_link_works_for_an_hour() {
        forgot(server, "fran@pixel.test");
        String link = smtp.linkTo("fran@pixel.test", "/password/");
        server.clock().advance(Duration.ofMinutes(61));

        assertThat(server.anonymous().with("Accept", "text/html").get(link.substring(link.indexOf("/password/"))).status()).isEqualTo(410);
        Api.Response late = choose(link, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.body()).contains("expired");
        assertThat(signIn("fran@pixel.test", Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_short_or_mistyped_password_is_refused_next_to_its_field_and_the_link_still_works() {
        forgot(server, "fran@pixel.test");
        String link = smtp.linkTo("fran@pixel.test", "/password/");

        Api.Response short_ = choose(link, "short", "short");
        assertThat(short_.status()).isEqualTo(422);
        assertThat(short_.body()).contains("id=\"password-field-error\"", "at least 10 characters");
        Api.Response mistyped = choose(link, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(mistyped.body()).contains("id=\"confirmation-error\"", "not the same");
        assertThat(choose(link, NEW_PASSWORD, NEW_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void a_disabled_account_gets_no_mail() throws Exception {
        server.services().userAdmin().disable("fran@pixel.test");
        assertThat(forgot(server, "fran@pixel.test").body()).contains("is on its way");
        assertThat(forgot(server, "carl@acme.test").status()).isEqualTo(200);
        assertThat(smtp.await(1, Duration.ofSeconds(10))).isTrue();
        Thread.sleep(500);
        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received().get(0).getAllRecipients()[0].toString()).isEqualTo("carl@acme.test");
    }

    @Test
    void asking_is_limited_per_address_and_mails_per_account() throws Exception {
        for (int i = 0; i < 10; i++) assertThat(forgot(server, "fran@pixel.test").status()).isEqualTo(200);
        Api.Response limited = forgot(server, "someone@pixel.test");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(limited.body()).contains("Too many requests from here");
        assertThat(smtp.await(3, Duration.ofSeconds(10))).isTrue();
        Thread.sleep(500);
        assertThat(smtp.received()).as("at most three mails per account and quarter hour").hasSize(3);
    }

    @Test
    void without_mail_the_page_says_to_ask_the_operator_and_an_operators_link_sets_a_first_password() {
        try (TestServer plain = TestServer.start(Backend.SQLITE, dir.resolve("plain"))) {
            var created = plain.services().userAdmin().createUser(
                    new org.hourbook.server.account.UserAdminService.NewUser("nina@pixel.test", "Nina New", ZoneId.of("UTC"), null, null, null));

            String page = Forms.open(plain.anonymous(), "/forgot-password").response().body();
            assertThat(page).contains("does not send mail", "hourbook admin reset-password --email").doesNotContain("name=\"email\"");
            var asked = Forms.open(plain.anonymous(), "/signin").post("/forgot-password", Map.of("email", "nina@pixel.test"));
            assertThat(asked.status()).isEqualTo(200);
            assertThat(asked.body()).contains("does not send mail");
            assertThat(plain.db().mail().unsent(10)).isEmpty();

            String path = AuthUrls.password(created.link().secret());
            Forms.Page choose = Forms.open(plain.anonymous(), path);
            assertThat(choose.response().body()).contains("Choose your password", "Nina New").doesNotContain("replaces your old password");
            assertThat(choose.post(path, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)).status()).isEqualTo(303);
            assertThat(plain.anonymous().post("/api/v1/auth/session", Map.of("email", "nina@pixel.test", "password", NEW_PASSWORD)).status())
                    .isEqualTo(200);
        }
    }
}
