package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.core.policy.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "-", value = {
            "correct horse battery, -",
            "0123456789,            -",
            "ünïcødé-ok,            -",
            "short,                 password.too_short",
            "123456789,             password.too_short",
            "'',                    password.missing",
            "FRAN@pixel.test,       password.is_email"})
    void a_password_needs_length_and_is_not_the_email(String password, String code) {
        Decision d = PasswordRule.check(password, "fran@pixel.test");
        assertThat(d instanceof Decision.Rejected r ? r.violation().code() : null).isEqualTo(code);
    }

    @org.junit.jupiter.api.Test
    void a_password_of_more_than_500_characters_is_refused() {
        assertThat(PasswordRule.check("x".repeat(501), null).isAccepted()).isFalse();
        assertThat(PasswordRule.check("x".repeat(500), null).isAccepted()).isTrue();
    }
}
