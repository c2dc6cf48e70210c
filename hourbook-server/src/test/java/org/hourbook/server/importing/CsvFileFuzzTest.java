package org.hourbook.server.importing;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the file reader: encoding and delimiter detection, quotes, line numbers, then the import rules. */
class CsvFileFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void any_bytes_are_read_or_refused_never_crash(byte[] bytes) {
        FuzzChecks.file(bytes);
    }
}
