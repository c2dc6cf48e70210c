package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockTextTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text          | time or problem
              09:30         | 09:30
              9:30          | 09:30
              09:30:15      | 09:30:15
              21:30:15.250  | 21:30:15
              00:00:00      | 00:00
              23:59:59      | 23:59:59
              9:30 AM       | 09:30
              9:30 PM       | 21:30
              09:30:00 pm   | 21:30
              12:00 AM      | 00:00
              12:30 AM      | 00:30
              12:00 PM      | 12:00
              12:45:10 p.m. | 12:45:10
              9am           | 09:00
              11 PM         | 23:00
              24:00         | time.bad
              13:00 PM      | time.bad
              0:30 AM       | time.bad
              9:60          | time.bad
              9.30          | time.bad
              noon          | time.bad
            """)
    void times_of_day_read_in_24_and_12_hour_forms(String text, String expected) {
        String actual = ClockText.parse(text) instanceof Parsed.Ok<java.time.LocalTime> ok ? ok.value().toString() : "time.bad";
        assertThat(actual).isEqualTo(expected);
    }
}
