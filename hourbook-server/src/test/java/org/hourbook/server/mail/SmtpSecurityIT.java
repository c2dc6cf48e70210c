package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.hourbook.server.mail.MailSettings.Security;
import org.hourbook.store.mail.ClaimedMail;
import org.junit.jupiter.api.Test;

/** STARTTLS and TLS as an operator configures them, against a real SMTP server where GreenMail has one. */
class SmtpSecurityIT {
    static final ClaimedMail MAIL = new ClaimedMail(1, "password_reset", "bo@example.org", "Reset your Hourbook password",
            "text", "<p>html</p>", 1, Instant.parse("2026-11-18T15:00:00Z"));

    static void send(Smtp smtp) throws MessagingException {
        try (Smtp.Connection c = smtp.connect()) {
            c.send(MAIL, new Date());
        }
    }

    @Test
    void starttls_is_required_and_the_server_certificate_and_name_are_checked() {
        Properties p = Smtp.properties(MailSettings.of("smtp.example.org", Security.STARTTLS, TestSmtp.FROM).withLogin("hb", "pw"));

        assertThat(p).containsEntry("mail.smtp.port", "587").containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true").doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.ssl.trust");
        assertThat(p.values()).doesNotContain("pw");
    }

    @Test
    void tls_connects_encrypted_from_the_first_byte_and_checks_the_server() {
        Properties p = Smtp.properties(MailSettings.of("smtp.example.org", Security.TLS, TestSmtp.FROM));

        assertThat(p).containsEntry("mail.smtp.port", "465").containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "false")
                .doesNotContainKeys("mail.smtp.starttls.enable", "mail.smtp.ssl.trust");
    }

    @Test
    void every_connection_has_timeouts_so_a_dead_server_cannot_hold_a_claim() {
        Properties p = Smtp.properties(MailSettings.of("relay.internal", Security.NONE, TestSmtp.FROM));

        assertThat(p).containsEntry("mail.smtp.connectiontimeout", "10000").containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000").doesNotContainKeys("mail.smtp.ssl.enable", "mail.smtp.starttls.enable");
    }

    @Test
    void with_starttls_configured_a_server_that_does_not_offer_it_gets_no_mail() {
        try (TestSmtp plainOnly = TestSmtp.plain()) {
            MailSettings settings = new MailSettings("127.0.0.1", plainOnly.port(), Security.STARTTLS, null, null, TestSmtp.FROM);

            assertThatThrownBy(() -> send(new Smtp(settings))).isInstanceOf(MessagingException.class)
                    .hasMessageContaining("STARTTLS is required");
            assertThat(plainOnly.received()).isEmpty();
        }
    }

    @Test
    void over_tls_the_mail_arrives_and_the_sender_signs_in() throws Exception {
        try (TestSmtp smtps = TestSmtp.tls("hb", "s3cret")) {
            MailSettings settings = smtps.settings().withLogin("hb", "s3cret");

            send(new Smtp(settings, TestSmtp.trustingTestCertificate()));

            assertThat(smtps.received()).singleElement().satisfies(m -> assertThat(m.getSubject()).isEqualTo(MAIL.subject()));
        }
    }

    @Test
    void over_tls_a_wrong_password_is_refused_and_nothing_is_sent() {
        try (TestSmtp smtps = TestSmtp.tls("hb", "s3cret")) {
            MailSettings settings = smtps.settings().withLogin("hb", "wrong");

            assertThatThrownBy(() -> send(new Smtp(settings, TestSmtp.trustingTestCertificate())))
                    .isInstanceOf(AuthenticationFailedException.class);
            assertThat(smtps.received()).isEmpty();
        }
    }

    @Test
    void a_server_certificate_nobody_vouches_for_is_refused() {
        try (TestSmtp smtps = TestSmtp.tls("hb", "s3cret")) {
            MailSettings settings = smtps.settings().withLogin("hb", "s3cret");

            assertThatThrownBy(() -> send(new Smtp(settings))).isInstanceOf(MessagingException.class)
                    .rootCause().hasMessageContaining("certification path");
            assertThat(smtps.received()).isEmpty();
        }
    }
}
