package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MailSenderTest {
    @Test
    void a_failure_is_described_with_its_causes_on_one_line_and_never_with_the_password() {
        MailSettings settings = MailSettings.of("smtp.example.org", MailSettings.Security.TLS, TestSmtp.FROM).withLogin("hb", "s3cret");
        MailSender sender = new MailSender(null, settings, new Smtp(settings), Clock.systemUTC(), RetryPolicy.DEFAULT,
                new Random(1), Duration.ofSeconds(1));

        String text = sender.describe(new MessagingException("send failed",
                new AuthenticationFailedException("535 5.7.8 bad credentials\r\n for hb/s3cret")));

        assertThat(text).isEqualTo("send failed <- 535 5.7.8 bad credentials for hb/***");
    }
}
