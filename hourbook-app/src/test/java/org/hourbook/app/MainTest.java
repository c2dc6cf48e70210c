package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private Main.Launched run(Map<String, String> env, String... args) {
        return Main.launch(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(), Instant.now());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_lists_the_commands() {
        assertThat(run(Map.of(), "--help").exitCode()).isZero();
        assertThat(out()).contains("serve", "demo", "Work Diary", "Examples");
    }

    @Test
    void serve_help_explains_every_environment_variable_and_default() {
        assertThat(run(Map.of(), "serve", "--help").exitCode()).isZero();
        assertThat(out()).contains("--port", "--host", "--data", "--db-url", "HOURBOOK_DB_URL", "HOURBOOK_DATA", "HOURBOOK_PORT",
                "HOURBOOK_S3_ENDPOINT", "HOURBOOK_S3_BUCKET", "HOURBOOK_S3_REGION", "HOURBOOK_S3_ACCESS_KEY", "HOURBOOK_S3_SECRET_KEY",
                "default 8080", "./hourbook-data", "PostgreSQL", "Examples:");
    }

    @Test
    void demo_help_says_what_it_generates_and_how_to_reset() {
        assertThat(run(Map.of(), "demo", "--help").exitCode()).isZero();
        assertThat(out()).contains("--reset", "--no-serve", "account <role> <email> <password>", "./hourbook-data/demo", "closed contract");
    }

    @Test
    void version_names_the_release_and_the_java_it_runs_on() {
        assertThat(run(Map.of(), "--version").exitCode()).isZero();
        assertThat(out()).startsWith("hourbook ").contains("Java " + Runtime.version().feature());
    }

    @Test
    void a_bad_port_in_the_environment_is_reported_by_name_before_anything_starts() {
        Main.Launched l = run(Map.of("HOURBOOK_PORT", "eighty"), "serve", "--data", tmp.toString());
        assertThat(l.exitCode()).isEqualTo(2);
        assertThat(l.running()).isEmpty();
        assertThat(err()).contains("HOURBOOK_PORT must be a number, got 'eighty'");
        assertThat(tmp.resolve("hourbook.db")).doesNotExist();
    }

    @Test
    void every_configuration_problem_is_reported_at_once() throws Exception {
        Path file = Files.createFile(tmp.resolve("not-a-dir"));
        Main.Launched l = run(Map.of("HOURBOOK_S3_ACCESS_KEY", "k", "HOURBOOK_DB_URL", "mysql://db?password=secret"),
                "serve", "--port", "70000", "--data", file.toString());
        assertThat(l.exitCode()).isEqualTo(2);
        assertThat(err()).contains("--port must be between 0 and 65535", "is a file", "jdbc:postgresql:", "HOURBOOK_S3_BUCKET is required")
                .doesNotContain("secret");
    }

    @Test
    void flags_win_over_the_environment_which_wins_over_defaults() throws Exception {
        Settings settings = new Settings(Map.of("HOURBOOK_PORT", "9001", "HOURBOOK_DATA", tmp.resolve("env").toString()));
        var fromEnv = settings.serve(new Settings.Flags(null, null, null, null));
        assertThat(fromEnv.port()).isEqualTo(9001);
        assertThat(fromEnv.dataDir()).isEqualTo(tmp.resolve("env").toAbsolutePath());
        assertThat(fromEnv.host()).isEqualTo("127.0.0.1");
        var fromFlags = settings.serve(new Settings.Flags(9002, "0.0.0.0", tmp.resolve("flag"), null));
        assertThat(fromFlags.port()).isEqualTo(9002);
        assertThat(fromFlags.dataDir()).isEqualTo(tmp.resolve("flag").toAbsolutePath());
        assertThat(Boot.url(fromFlags.host(), 9002).toString()).isEqualTo("http://localhost:9002/");
    }

    @Test
    void reset_refuses_to_empty_a_directory_that_is_not_a_demo() throws Exception {
        Files.writeString(tmp.resolve("precious.txt"), "keep me");
        Main.Launched l = run(Map.of(), "demo", "--reset", "--no-serve", "--data", tmp.toString());
        assertThat(l.exitCode()).isEqualTo(2);
        assertThat(err()).contains("--reset refused");
        assertThat(tmp.resolve("precious.txt")).exists();
    }

    @Test
    void database_urls_are_shown_without_their_passwords() {
        assertThat(Settings.redact("jdbc:postgresql://db/hb?user=hb&password=s3cret&ssl=true")).doesNotContain("s3cret").contains("ssl=true");
        assertThat(Settings.redact("jdbc:postgresql://hb:s3cret@db/hb")).doesNotContain("s3cret");
    }
}
