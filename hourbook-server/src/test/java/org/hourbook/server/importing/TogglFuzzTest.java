package org.hourbook.server.importing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hourbook.core.importing.ImportFormat;

/** Fuzzes the Toggl format's rows (dates, times, durations, billable) behind its real header. See bench/README.md for a longer run. */
class TogglFuzzTest {
    static final String HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)";

    @FuzzTest(maxDuration = "5s")
    void rows_never_break_the_import(FuzzedDataProvider data) {
        FuzzChecks.rows(ImportFormat.TOGGL, HEADER, data.consumeRemainingAsString());
    }
}
