package org.hourbook.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.hourbook.app.Main;
import org.hourbook.app.Running;
import org.hourbook.core.account.User;
import org.hourbook.server.Config;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.store.auth.LinkPurpose;
import org.hourbook.store.auth.TokenKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account commands run by an operator next to a server that runs on the same data directory. */
class AdminCommandsIT {
    static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path data;
    Running server;
    final Cli cli = new Cli(Map.of());

    @BeforeEach
    void serve() {
        var launched = Main.launch(new String[] {"serve", "--port", "0", "--data", data.toString()},
                Map.of(), System.out, System.err, Clock.systemUTC(), Instant.now());
        assertThat(launched.exitCode()).isZero();
        server = launched.running().orElseThrow();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    String[] on(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return all;
    }

    User personWithPassword(String email) {
        return server.db().accounts().createUser(email, "Bo Brown", ZoneId.of("UTC"),
                new PasswordHasher(Config.PasswordCost.FAST).hash(PASSWORD), server.services().clock().instant());
    }

    int get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve(path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int signIn(String email) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve("/api/v1/auth/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void create_user_prints_a_password_link_that_the_running_server_opens_as_a_live_password_link() {
        assertThat(cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana Lima", "--org", "Pixel & Co",
                "--kind", "agency", "--zone", "Europe/Berlin"))).as(cli.err()).isZero();

        assertThat(cli.out()).contains("created Ana Lima <ana@example.org>, owner of the new agency Pixel & Co", "7 days");
        var link = server.services().links().open(LinkPurpose.PASSWORD, cli.passwordLinkToken());
        User ana = server.db().accounts().findUserByEmail("ana@example.org").orElseThrow();
        assertThat(link.userId()).isEqualTo(ana.id());
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofDays(7));
        assertThat(ana.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(server.db().accounts().seatsOf(ana.id())).singleElement().satisfies(s -> assertThat(s.org().name()).isEqualTo("Pixel & Co"));
    }

    @Test
    void without_a_public_url_the_link_uses_the_configured_address_and_the_operator_is_told_about_HOURBOOK_PUBLIC_URL() {
        Cli other = new Cli(Map.of("HOURBOOK_PORT", "9123"));
        assertThat(other.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana"))).isZero();

        assertThat(other.passwordLink()).startsWith("http://127.0.0.1:9123/password/");
        assertThat(other.err()).contains("HOURBOOK_PUBLIC_URL is not set");
    }

    @Test
    void with_a_public_url_the_link_starts_with_it_and_no_note_is_printed() {
        Cli other = new Cli(Map.of("HOURBOOK_PUBLIC_URL", "https://hours.example.com/"));
        assertThat(other.run(on("admin", "users", "create", "--email", "ana@example.org", "--name", "Ana"))).isZero();

        assertThat(other.passwordLink()).startsWith("https://hours.example.com/password/");
        assertThat(other.err()).doesNotContain("HOURBOOK_PUBLIC_URL");
    }

    @Test
    void reset_password_prints_a_one_hour_link_and_the_earlier_links_stop_working() {
        cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana"));
        String first = cli.passwordLinkToken();

        assertThat(cli.run(on("admin", "reset-password", "--email", "ANA@example.org"))).isZero();

        assertThat(cli.out()).contains("one hour");
        var link = server.services().links().open(LinkPurpose.PASSWORD, cli.passwordLinkToken());
        assertThat(Duration.between(link.createdAt(), link.expiresAt())).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> server.services().links().open(LinkPurpose.PASSWORD, first)).isInstanceOf(Refusal.Gone.class);
    }

    @Test
    void disabling_ends_the_persons_token_on_the_running_server_at_once_and_enabling_restores_sign_in() throws Exception {
        User bo = personWithPassword("bo@example.org");
        String token = server.services().apiTokens().issueFor(bo.id(), TokenKind.DEVICE, "laptop").secret();
        assertThat(get("/api/v1/me", token)).isEqualTo(200);

        assertThat(cli.run(on("admin", "users", "disable", "--email", "bo@example.org"))).isZero();

        assertThat(cli.out()).contains("disabled Bo Brown <bo@example.org>", "Their time and history stay");
        assertThat(get("/api/v1/me", token)).isEqualTo(401);
        assertThat(signIn("bo@example.org")).isEqualTo(401);

        assertThat(cli.run(on("admin", "users", "enable", "--email", "bo@example.org"))).isZero();

        assertThat(signIn("bo@example.org")).isEqualTo(200);
        assertThat(get("/api/v1/me", token)).as("the ended token stays ended").isEqualTo(401);
    }

    @Test
    void users_list_shows_who_is_active_has_no_password_yet_or_is_disabled() {
        personWithPassword("bo@example.org");
        cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana", "--org", "Acme", "--kind", "client"));
        cli.run(on("admin", "users", "disable", "--email", "bo@example.org"));

        assertThat(cli.run(on("admin", "users", "list"))).isZero();

        assertThat(cli.out()).containsPattern("bo@example.org +Bo Brown +disabled \\d{4}-\\d\\d-\\d\\d")
                .containsPattern("ana@example.org +Ana +no password +- +Acme \\(owner\\)")
                .contains("2 accounts, 1 disabled");
    }

    @Test
    void orgs_create_and_list() {
        assertThat(cli.run(on("admin", "orgs", "create", "--name", "Acme", "--kind", "client"))).isZero();
        assertThat(cli.run(on("admin", "orgs", "create", "--name", "ACME", "--kind", "client"))).isEqualTo(1);
        assertThat(cli.err()).contains("an organization called 'ACME' exists already");

        assertThat(cli.run(on("admin", "orgs", "list"))).isZero();

        assertThat(cli.out()).containsPattern("1 +client company +Acme +0 +-").contains("1 organization");
    }

    @Test
    void a_wrong_value_is_a_usage_error_and_a_taken_email_a_failure() {
        assertThat(cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana", "--zone", "Mars/Base"))).isEqualTo(2);
        assertThat(cli.err()).contains("'Mars/Base' is not a time zone", "Europe/Berlin");
        assertThat(cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana", "--org", "Acme", "--kind", "client",
                "--role", "freelancer"))).isEqualTo(2);
        assertThat(cli.err()).contains("its people are owner, manager or client");

        cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana"));
        assertThat(cli.run(on("admin", "create-user", "--email", "ana@example.org", "--name", "Ana"))).isEqualTo(1);
        assertThat(cli.err()).contains("an account with the email ana@example.org exists already");
    }

    @Test
    void an_unknown_email_is_named() {
        assertThat(cli.run(on("admin", "users", "disable", "--email", "nobody@example.org"))).isEqualTo(1);

        assertThat(cli.err()).contains("nobody@example.org").contains("not found");
    }

    @Test
    void create_user_on_a_new_data_directory_creates_its_database_for_a_headless_install(@TempDir Path fresh) {
        Path dir = fresh.resolve("hourbook");
        assertThat(cli.run("admin", "create-user", "--email", "ana@example.org", "--name", "Ana", "--data", dir.toString())).isZero();

        assertThat(cli.out()).contains("there was no database in " + dir, "password-link ");
        assertThat(dir.resolve("hourbook.db")).exists();
        assertThat(cli.run("admin", "users", "list", "--data", dir.toString())).isZero();
        assertThat(cli.out()).contains("ana@example.org");
    }

    @Test
    void commands_that_only_read_or_change_accounts_refuse_a_directory_without_a_database(@TempDir Path fresh) {
        assertThat(cli.run("admin", "users", "list", "--data", fresh.resolve("typo").toString())).isEqualTo(1);

        assertThat(cli.err()).contains("no Hourbook database in", "typo");
        assertThat(fresh.resolve("typo").resolve("hourbook.db")).doesNotExist();
    }
}
