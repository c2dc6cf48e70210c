package org.hourbook.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebClient;
import org.junit.jupiter.api.Test;

/** The first run over an empty database: the setup link, its page, and what happens to it after. */
@RealServer
class SetupIT {
    static final String PASSWORD = "a long first password";

    TestServer server;

    String setupPath() {
        return URI.create(server.services().setup().firstRunLink().orElseThrow()).getPath();
    }

    static String[] form(String email, String password, String kind) {
        return new String[] {"name", "Maya Lindqvist", "email", email, "password", password, "zone", "Europe/Berlin",
                "orgName", "Brightlane Studio", "kind", kind};
    }

    @Test
    void the_setup_link_makes_the_first_owner_and_organization_and_signs_them_in() {
        WebClient web = new WebClient(server);
        String path = setupPath();
        assertThat(web.get(path).status()).isEqualTo(200);

        var created = web.post(path, form("maya@brightlane.test", PASSWORD, "AGENCY"));

        assertThat(created.status()).isEqualTo(303);
        var maya = server.db().accounts().findUserByEmail("maya@brightlane.test").orElseThrow();
        assertThat(maya.zone().getId()).isEqualTo("Europe/Berlin");
        var seat = server.db().accounts().seatsOf(maya.id()).getFirst();
        assertThat(seat.org().name()).isEqualTo("Brightlane Studio");
        assertThat(seat.org().kind()).isEqualTo(OrgKind.AGENCY);
        assertThat(seat.membership().role()).isEqualTo(Role.OWNER);
        assertThat(created.header("Location")).isEqualTo(AccountUrls.org(seat.orgId(), "welcome"));
        var landing = web.get(created.header("Location"));
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).contains("Welcome!", "Next steps", "Invite your team", "Invite a client company");
    }

    @Test
    void a_used_setup_link_answers_410_and_no_new_one_is_issued() {
        WebClient web = new WebClient(server);
        String path = setupPath();
        web.post(path, form("maya@brightlane.test", PASSWORD, "CLIENT"));

        var again = new WebClient(server).get(path);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("already used", "Go to sign in");
        assertThat(new WebClient(server).post(path, form("eve@evil.test", PASSWORD, "AGENCY")).status()).isEqualTo(410);
        assertThat(server.services().setup().firstRunLink()).as("set up: nothing to print").isEmpty();
        assertThat(server.db().accounts().findUserByEmail("eve@evil.test")).isEmpty();
    }

    @Test
    void a_new_link_voids_the_old_one_as_a_restart_does() {
        String first = setupPath();
        String second = setupPath();

        assertThat(new WebClient(server).get(first).status()).isEqualTo(410);
        assertThat(new WebClient(server).get(second).status()).isEqualTo(200);
    }

    @Test
    void the_link_expires_after_24_hours_and_a_guess_is_not_found() {
        String path = setupPath();
        server.clock().advance(Duration.ofHours(24).plusSeconds(1));

        var expired = new WebClient(server).get(path);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("expired");
        assertThat(new WebClient(server).get("/setup/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
    }

    @Test
    void a_short_password_is_explained_next_to_its_field_and_the_link_still_works() {
        WebClient web = new WebClient(server);
        String path = setupPath();

        var refused = web.post(path, form("maya@brightlane.test", "short", "AGENCY"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"password-error\"", "at least 10 characters", "value=\"Brightlane Studio\"");
        assertThat(web.post(path, form("maya@brightlane.test", PASSWORD, "AGENCY")).status()).isEqualTo(303);
    }

    @Test
    void the_sign_in_page_of_an_empty_install_says_where_the_setup_link_is() {
        assertThat(new WebClient(server).get("/signin").body()).contains("id=\"setup-hint\"", "no accounts yet", "setup");

        new WebClient(server).post(setupPath(), form("maya@brightlane.test", PASSWORD, "FREELANCER"));

        assertThat(new WebClient(server).get("/signin").body()).doesNotContain("setup-hint");
    }

    @Test
    void the_setup_page_guesses_the_zone_with_a_script_of_its_own_and_no_inline_code() {
        var page = new WebClient(server).get(setupPath());

        assertThat(page.body()).contains("data-guess-zone", "<script src=\"/static/zone.js\" defer></script>")
                .doesNotContain("onload=", "<script>");
        assertThat(server.anonymous().get("/static/zone.js").body()).contains("resolvedOptions().timeZone");
    }

    @Test
    void a_setup_form_sent_from_another_site_is_refused() {
        String path = setupPath();
        var api = server.anonymous().with("Accept", "text/html").with("Sec-Fetch-Site", "cross-site");

        var refused = api.send("POST", path, java.net.http.HttpRequest.BodyPublishers.ofString(
                "name=Eve&email=eve%40evil.test&password=a+long+first+password&zone=UTC&orgName=Evil&kind=AGENCY"),
                "application/x-www-form-urlencoded");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(server.db().accounts().hasUsers()).isFalse();
        assertThat(new WebClient(server).get(path).status()).as("the link still works").isEqualTo(200);
    }
}
