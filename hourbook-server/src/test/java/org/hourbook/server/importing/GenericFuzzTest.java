package org.hourbook.server.importing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hourbook.core.importing.ImportFormat;

/** Fuzzes the Generic format's rows (dates, times, durations, billable) behind its real header. See bench/README.md for a longer run. */
class GenericFuzzTest {
    static final String HEADER = "date,description,hours,start,end,project,client,category,billable";

    @FuzzTest(maxDuration = "5s")
    void rows_never_break_the_import(FuzzedDataProvider data) {
        FuzzChecks.rows(ImportFormat.GENERIC, HEADER, data.consumeRemainingAsString());
    }
}
