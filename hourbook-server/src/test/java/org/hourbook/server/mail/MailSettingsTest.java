package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hourbook.server.mail.MailSettings.Security;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailSettingsTest {
    static final String FROM = "Hourbook <hourbook@example.org>";

    @ParameterizedTest(name = "{0} listens on {1} by default")
    @CsvSource({"STARTTLS, 587", "TLS, 465", "NONE, 25"})
    void each_security_has_its_usual_port(Security security, int port) {
        assertThat(MailSettings.of("smtp.example.org", security, FROM).port()).isEqualTo(port);
    }

    @Test
    void the_password_never_shows_in_the_settings_text() {
        MailSettings s = MailSettings.of("smtp.example.org", Security.STARTTLS, FROM).withLogin("hb", "s3cret-pw");

        assertThat(s.toString()).doesNotContain("s3cret-pw").contains("password=***", "user=hb", "smtp.example.org");
    }

    @Test
    void a_user_without_a_password_is_refused() {
        assertThatThrownBy(() -> MailSettings.of("smtp.example.org", Security.TLS, FROM).withLogin("hb", null))
                .hasMessageContaining("both the SMTP user and password");
    }

    @Test
    void a_password_over_an_unencrypted_connection_is_refused() {
        assertThatThrownBy(() -> MailSettings.of("relay.internal", Security.NONE, FROM).withLogin("hb", "pw"))
                .hasMessageContaining("unencrypted").hasMessageNotContaining("pw'");
    }

    @ParameterizedTest(name = "sender \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"hourbook", "a@example.org, b@example.org", "Hourbook <hourbook@>"})
    void a_sender_that_is_not_one_address_is_refused(String from) {
        assertThatThrownBy(() -> MailSettings.of("smtp.example.org", Security.STARTTLS, from))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one valid email address");
    }

    @Test
    void a_missing_host_or_a_port_out_of_range_is_refused() {
        assertThatThrownBy(() -> MailSettings.of(" ", Security.STARTTLS, FROM)).hasMessageContaining("host is missing");
        assertThatThrownBy(() -> MailSettings.of("smtp.example.org", Security.STARTTLS, FROM).withPort(70_000))
                .hasMessageContaining("between 1 and 65535");
    }
}
