package org.hourbook.server.importing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hourbook.core.importing.ImportFormat;

/** Fuzzes the Harvest format's rows (dates, times, durations, billable) behind its real header. See bench/README.md for a longer run. */
class HarvestFuzzTest {
    static final String HEADER = "Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,First Name,Last Name";

    @FuzzTest(maxDuration = "5s")
    void rows_never_break_the_import(FuzzedDataProvider data) {
        FuzzChecks.rows(ImportFormat.HARVEST, HEADER, data.consumeRemainingAsString());
    }
}
