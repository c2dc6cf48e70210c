package org.hourbook.server.timesheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSafetyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+1|'+1",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "Design|Design",
            "a=b|a=b"})
    void cells_that_a_spreadsheet_would_run_are_prefixed_with_a_quote(String cell, String expected) {
        assertThat(TimesheetService.safe(cell)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void tab_and_carriage_return_starts_are_defused_too() {
        assertThat(TimesheetService.safe("\tx")).isEqualTo("'\tx");
        assertThat(TimesheetService.safe("\rx")).isEqualTo("'\rx");
    }
}
