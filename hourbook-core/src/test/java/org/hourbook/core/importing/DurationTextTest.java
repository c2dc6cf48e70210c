package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTextTest {

    static String outcome(Parsed<Long> p) {
        return switch (p) {
            case Parsed.Ok<Long> ok -> ok.value().toString();
            case Parsed.Bad<Long> bad -> bad.code();
            case Parsed.Undecided<Long> u -> "undecided";
        };
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text            | seconds or problem
              1:30:00         | 5400
              01:30:00        | 5400
              0:00:45         | 45
              1:30            | 5400
              0:05            | 300
              12:00:00.500    | 43200
              1.5             | 5400
              1,5             | 5400
              .25             | 900
              2               | 7200
              0.333333        | 1200
              90 min          | 5400
              90 mins         | 5400
              90 minutes      | 5400
              45m             | 2700
              2h              | 7200
              2 hours         | 7200
              1.5h            | 5400
              1h 30m          | 5400
              1h30m           | 5400
              1 hr 30 min     | 5400
              1H 30M          | 5400
              1h, 30m, 10s    | 5410
              24:00:00        | 86400
              24              | 86400
              0:00:00         | 0
              -0:00           | 0
              -1:30:00        | duration.negative
              -1.5            | duration.negative
              −2h             | duration.negative
              24:00:01        | duration.over_24h
              25:00:00        | duration.over_24h
              24.01           | duration.over_24h
              1500 min        | duration.over_24h
              1:60            | duration.bad
              1:30:60         | duration.bad
              abc             | duration.bad
              1h 1h           | duration.bad
              30 months       | duration.bad
              1.5.2           | duration.bad
              h               | duration.bad
              ''              | duration.bad
            """)
    void durations_read_as_exports_and_people_write_them(String text, String expected) {
        assertThat(outcome(DurationText.parse(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
              -1:30     | negative duration '-1:30'
              25:00:00  | duration '25:00:00' is over 24 h
              soon      | bad duration 'soon': expected e.g. 1:30:00, 1:30, 1.5, 90 min or 1h 30m
            """)
    void problems_say_what_was_wrong_in_plain_words(String text, String reason) {
        assertThat(((Parsed.Bad<Long>) DurationText.parse(text)).reason()).isEqualTo(reason);
    }
}
