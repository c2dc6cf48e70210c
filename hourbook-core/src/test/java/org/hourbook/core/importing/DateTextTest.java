package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {

    static String outcome(Parsed<java.time.LocalDate> p) {
        return switch (p) {
            case Parsed.Ok<java.time.LocalDate> ok -> ok.value().toString();
            case Parsed.Bad<java.time.LocalDate> bad -> bad.code();
            case Parsed.Undecided<java.time.LocalDate> u -> "undecided";
        };
    }

    @ParameterizedTest(name = "\"{0}\" with order {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text        | order       | date or problem
              2026-03-15  | -           | 2026-03-15
              2026/03/15  | MONTH_FIRST | 2026-03-15
              2026.3.5    | DAY_FIRST   | 2026-03-05
              15/03/2026  | -           | 2026-03-15
              03/15/2026  | -           | 2026-03-15
              03/04/2026  | -           | undecided
              03/04/2026  | DAY_FIRST   | 2026-04-03
              03/04/2026  | MONTH_FIRST | 2026-03-04
              05/05/2026  | -           | 2026-05-05
              15.03.2026  | -           | 2026-03-15
              15.03.26    | -           | 2026-03-15
              3-15-2026   | -           | 2026-03-15
              03/15/2026  | DAY_FIRST   | date.bad
              15/03/2026  | MONTH_FIRST | date.bad
              29/02/2026  | -           | date.bad
              29/02/2028  | -           | 2028-02-29
              31/04/2026  | DAY_FIRST   | date.bad
              2026-13-01  | -           | date.bad
              2026-02-30  | -           | date.bad
              15/03-2026  | -           | date.bad
              1899-01-01  | -           | date.bad
              March 15    | -           | date.bad
              13/14/2026  | -           | date.bad
            """)
    void dates_read_in_iso_and_numeric_locale_forms(String text, DayOrder order, String expected) {
        assertThat(outcome(DateText.parse(text, order))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" as {1}: \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
              03/15/2026 | DAY_FIRST | bad date '03/15/2026' (read as day/month/year): expected e.g. 2026-03-15, 15/03/2026 or 03/15/2026
              soon       | -         | bad date 'soon': expected e.g. 2026-03-15, 15/03/2026 or 03/15/2026
            """)
    void a_bad_date_says_how_it_was_read(String text, DayOrder order, String reason) {
        assertThat(((Parsed.Bad<java.time.LocalDate>) DateText.parse(text, order)).reason()).isEqualTo(reason);
    }
}
