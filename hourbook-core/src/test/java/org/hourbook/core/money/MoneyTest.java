package org.hourbook.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} shows as ''{2}''")
    @CsvSource(textBlock = """
            # minor,     currency, display
              0,          USD,     0.00 USD
              5,          USD,     0.05 USD
              123450,     USD,     '1,234.50 USD'
              -123450,    EUR,     '-1,234.50 EUR'
              100000000,  USD,     '1,000,000.00 USD'
              1234,       JPY,     '1,234 JPY'
              1234,       BHD,     1.234 BHD
            """)
    void display_text_groups_thousands_the_same_in_every_locale(long minor, String currency, String display) {
        assertThat(new Money(minor, currency).toDisplayString()).isEqualTo(display);
    }

    @ParameterizedTest(name = "''{0}'' {1} = {2} minor")
    @CsvSource(textBlock = """
            # text,     currency, minor
              1234.5,    USD,     123450
              0.01,      USD,     1
              45,        USD,     4500
              1500,      JPY,     1500
            """)
    void decimal_text_parses_to_minor_units(String text, String currency, long minor) {
        assertThat(Money.parse(text, currency)).isEqualTo(new Money(minor, currency));
        assertThat(Money.parse(text, currency).isZero()).isFalse();
    }

    @Test
    void more_digits_than_the_currency_has_is_an_error_not_a_silent_rounding() {
        assertThatThrownBy(() -> Money.parse("1.005", "USD")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void amounts_of_different_currencies_do_not_add() {
        assertThatThrownBy(() -> new Money(1, "USD").plus(new Money(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Money(1, "USD").plus(new Money(2, "USD"))).isEqualTo(new Money(3, "USD"));
    }
}
