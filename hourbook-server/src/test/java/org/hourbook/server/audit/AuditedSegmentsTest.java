package org.hourbook.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditedSegmentsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return text == null ? null : JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest(name = "{0} in {3} reads \"{4}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # case               | before                                          | after                                                                  | zone             | name
            one created          | null                                            | {'id':'a','start':'2026-11-16T09:00:00Z','trackedSeconds':600}         | Europe/London    | Mon 16 Nov, 09:00–09:10
            one deleted          | {'id':'a','start':'2026-11-16T09:00:00Z'}       | null                                                                   | America/New_York | Mon 16 Nov, 04:00–04:10
            a memo edit          | {'start':'2026-11-16T09:00:00Z','memo':'x'}     | {'start':'2026-11-16T09:00:00Z','memo':'y'}                            | Asia/Kathmandu   | Mon 16 Nov, 14:45–14:55
            an upload            | null                                            | [{'start':'2026-11-16T10:50:00Z'},{'start':'2026-11-16T09:00:00Z'}]    | UTC              | 2 segments, Mon 16 Nov 09:00–11:00
            up to midnight       | null                                            | [{'start':'2026-11-16T23:40:00Z'},{'start':'2026-11-16T23:50:00Z'}]    | UTC              | 2 segments, Mon 16 Nov 23:40–00:00
            across midnight      | null                                            | [{'start':'2026-11-16T23:50:00Z'},{'start':'2026-11-17T00:00:00Z'}]    | UTC              | 2 segments, Mon 16 Nov 23:50 – Tue 17 Nov 00:10
            the night clocks go back | {'start':'2026-11-01T06:00:00Z'}            | null                                                                   | America/New_York | Sun 1 Nov, 01:00–01:10 EST
            an older memo edit   | {'memo':'x'}                                    | {'memo':'y'}                                                           | UTC              | a segment
            """)
    void a_segment_is_named_by_its_time_in_the_zone(String what, String before, String after, ZoneId zone, String name) throws Exception {
        assertThat(AuditedSegments.name(json(before), json(after), zone)).isEqualTo(name);
    }
}
