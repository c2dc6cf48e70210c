package org.hourbook.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hourbook.app.Main;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.mail.NewMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook admin mail} on a data directory, as an operator runs it next to the server. */
class AdminMailCommandIT {
    static final Instant NOW = Instant.parse("2026-11-18T15:00:00Z");

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.launch(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(), NOW).exitCode();
    }

    @Test
    void it_lists_pending_and_failed_mails_with_attempts_next_attempt_and_last_error() {
        try (Database db = Database.open(StoreConfig.sqlite(dir))) {
            db.mail().enqueue(new NewMail("invitation", "bo@example.org", "Ana invited you", "t", null, null, NOW));
            long failing = db.mail().enqueue(new NewMail("password_reset", "cy@example.org", "Reset your password", "t", null, null, NOW))
                    .orElseThrow();
            long sent = db.mail().enqueue(new NewMail("invitation", "di@example.org", "Sent already", "t", null, null, NOW)).orElseThrow();
            db.mail().claim("node", NOW, Duration.ofMinutes(5), 10);
            db.mail().giveUp(failing, "node", "550 5.1.1 no such user");
            db.mail().markSent(sent, "node", NOW);
            db.mail().retryLater(1, "node", "421 try later", NOW.plusSeconds(30));
        }

        assertThat(run("admin", "mail", "--data", dir.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "mail is not configured here",
                "1 pending, 1 failed",
                "#1  pending  invitation  to bo@example.org  attempts 1  next 2026-11-18 15:00:30Z  queued 2026-11-18 15:00:00Z",
                "    subject: Ana invited you", "    last error: 421 try later",
                "#2  failed  password_reset  to cy@example.org  attempts 1  gave up",
                "    last error: 550 5.1.1 no such user").doesNotContain("di@example.org");
    }

    @Test
    void a_directory_without_a_database_is_named_instead_of_listed_as_empty() {
        assertThat(run("admin", "mail", "--data", dir.resolve("typo").toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Hourbook database in", "typo");
    }

    @Test
    void admin_without_a_command_fails_and_names_the_commands() {
        assertThat(run("admin")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("which command? One of: users, orgs, create-user, reset-password, mail");
    }
}
