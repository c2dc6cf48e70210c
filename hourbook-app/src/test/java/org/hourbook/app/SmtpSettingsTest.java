package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.server.Config;
import org.hourbook.server.mail.MailSettings;
import org.hourbook.server.mail.MailSettings.Security;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpSettingsTest {
    static final Settings.Flags NO_FLAGS = new Settings.Flags(null, null, null, null);
    @TempDir
    Path tmp;

    Config serve(Map<String, String> smtp) throws Settings.Invalid {
        Map<String, String> env = new HashMap<>(smtp);
        env.put("HOURBOOK_DATA", tmp.toString());
        return new Settings(env).serve(NO_FLAGS);
    }

    List<String> problems(Map<String, String> smtp) {
        try {
            serve(smtp);
        } catch (Settings.Invalid e) {
            return e.problems;
        }
        throw new AssertionError("expected the settings to be refused");
    }

    @Test
    void without_an_smtp_host_mail_is_off() throws Exception {
        assertThat(serve(Map.of()).mail()).isNull();
    }

    @Test
    void a_host_and_a_sender_are_enough_for_starttls_on_the_submission_port() throws Exception {
        MailSettings mail = serve(Map.of("HOURBOOK_SMTP_HOST", "smtp.example.org", "HOURBOOK_SMTP_FROM", "Hourbook <hb@example.org>")).mail();

        assertThat(mail).isEqualTo(new MailSettings("smtp.example.org", 587, Security.STARTTLS, null, null, "Hourbook <hb@example.org>"));
    }

    @Test
    void every_setting_is_read_and_the_password_is_kept_as_written() throws Exception {
        MailSettings mail = serve(Map.of("HOURBOOK_SMTP_HOST", "smtp.example.org", "HOURBOOK_SMTP_PORT", "2465",
                "HOURBOOK_SMTP_SECURITY", "tls", "HOURBOOK_SMTP_USER", "hb", "HOURBOOK_SMTP_PASSWORD", " pass word ",
                "HOURBOOK_SMTP_FROM", "hb@example.org")).mail();

        assertThat(mail).isEqualTo(new MailSettings("smtp.example.org", 2465, Security.TLS, "hb", " pass word ", "hb@example.org"));
    }

    @Test
    void smtp_settings_without_a_host_are_refused_with_the_variable_named() {
        assertThat(problems(Map.of("HOURBOOK_SMTP_FROM", "hb@example.org")))
                .containsExactly("HOURBOOK_SMTP_HOST is required when other HOURBOOK_SMTP_* settings are given (or unset them all: no mail)");
    }

    @Test
    void every_problem_of_the_smtp_settings_is_reported_at_once_and_the_password_never() {
        List<String> problems = problems(Map.of("HOURBOOK_SMTP_HOST", "smtp.example.org", "HOURBOOK_SMTP_PORT", "smtp",
                "HOURBOOK_SMTP_SECURITY", "ssl3", "HOURBOOK_SMTP_PASSWORD", "s3cret"));

        assertThat(problems).hasSize(4).anySatisfy(p -> assertThat(p).startsWith("HOURBOOK_SMTP_PORT must be a number"))
                .anySatisfy(p -> assertThat(p).startsWith("HOURBOOK_SMTP_SECURITY must be STARTTLS"))
                .anySatisfy(p -> assertThat(p).startsWith("set both HOURBOOK_SMTP_USER and HOURBOOK_SMTP_PASSWORD"))
                .anySatisfy(p -> assertThat(p).startsWith("HOURBOOK_SMTP_FROM is required"))
                .allSatisfy(p -> assertThat(p).doesNotContain("s3cret"));
    }

    @Test
    void a_password_over_an_unencrypted_connection_is_refused() {
        assertThat(problems(Map.of("HOURBOOK_SMTP_HOST", "relay", "HOURBOOK_SMTP_SECURITY", "NONE", "HOURBOOK_SMTP_USER", "hb",
                "HOURBOOK_SMTP_PASSWORD", "pw", "HOURBOOK_SMTP_FROM", "hb@example.org")))
                .containsExactly("HOURBOOK_SMTP_SECURITY=NONE would send the SMTP password unencrypted; use STARTTLS or TLS");
    }

    @Test
    void a_sender_that_is_not_an_address_is_refused_with_an_example() {
        assertThat(problems(Map.of("HOURBOOK_SMTP_HOST", "smtp.example.org", "HOURBOOK_SMTP_FROM", "hourbook")))
                .singleElement().asString().contains("sender address 'hourbook'", "hourbook@example.org");
    }

    @Test
    void a_bad_smtp_setting_stops_serve_with_a_clear_message() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Launched launched = Main.launch(new String[] {"serve", "--port", "0"},
                Map.of("HOURBOOK_DATA", tmp.toString(), "HOURBOOK_SMTP_HOST", "smtp.example.org"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err),
                Clock.systemUTC(), Instant.now());

        assertThat(launched.exitCode()).isEqualTo(2);
        assertThat(launched.running()).isEmpty();
        assertThat(err.toString()).contains("hourbook serve: cannot start, please fix:", "  - HOURBOOK_SMTP_FROM is required");
    }
}
