package org.hourbook.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayOrderDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # dates (space separated)                  | decision
              03/04/2026 04/05/2026 13/05/2026         | DAY_FIRST
              03/04/2026 04/05/2026 05/13/2026         | MONTH_FIRST
              03/04/2026 04/05/2026                    | ask
              13/05/2026 05/14/2026                    | ask
              13/05/2026 05/14/2026 15/05/2026         | DAY_FIRST
              05/05/2026 2026-03-04                    | not needed
              2026-03-04 2026-03-05                    | not needed
              garbage 03/04/2026                       | ask
              13.05.2026 03.04.2026                    | DAY_FIRST
            """)
    void the_files_own_unambiguous_dates_settle_the_order(String dates, String expected) {
        DayOrderDetector.Decision d = DayOrderDetector.decide(Arrays.asList(dates.split(" ")), null);
        String actual = d.ask() ? "ask" : d.order() == null ? "not needed" : d.order().name();
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "the person said {0}")
    @CsvSource({"DAY_FIRST", "MONTH_FIRST"})
    void an_explicit_choice_wins_over_the_data(DayOrder chosen) {
        DayOrderDetector.Decision d = DayOrderDetector.decide(List.of("13/05/2026", "05/14/2026", "03/04/2026"), chosen);
        assertThat(d).isEqualTo(new DayOrderDetector.Decision(chosen, false));
    }
}
