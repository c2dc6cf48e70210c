package org.hourbook.server.importing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hourbook.core.importing.ImportFormat;

/** Fuzzes the Clockify format's rows (dates, times, durations, billable) behind its real header. See bench/README.md for a longer run. */
class ClockifyFuzzTest {
    static final String HEADER = "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal)";

    @FuzzTest(maxDuration = "5s")
    void rows_never_break_the_import(FuzzedDataProvider data) {
        FuzzChecks.rows(ImportFormat.CLOCKIFY, HEADER, data.consumeRemainingAsString());
    }
}
