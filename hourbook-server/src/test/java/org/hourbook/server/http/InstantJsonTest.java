package org.hourbook.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class InstantJsonTest {
    private static final ObjectMapper OURS = Json.mapper();
    private static final ObjectMapper JAVA_TIME = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Property(tries = 2000)
    void writes_what_the_java_time_module_writes(@ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long second,
                                                 @ForAll @IntRange(min = 0, max = 3) int precision) throws Exception {
        int nanos = switch (precision) {
            case 0 -> 0;
            case 1 -> (int) Math.floorMod(second, 1000) * 1_000_000;
            case 2 -> (int) Math.floorMod(second * 7919, 1_000_000) * 1000;
            default -> (int) Math.floorMod(second * 104729, 1_000_000_000);
        };
        Instant i = Instant.ofEpochSecond(second, nanos);
        assertThat(OURS.writeValueAsString(i)).isEqualTo(JAVA_TIME.writeValueAsString(i)).isEqualTo("\"" + i + "\"");
    }

    @Test
    void the_edges_of_four_digit_years_and_of_days() throws Exception {
        for (String s : new String[] {"0001-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "2024-02-29T12:34:56Z", "2026-11-30T08:10:00Z"}) {
            Instant i = Instant.parse(s);
            assertThat(OURS.writeValueAsString(i)).isEqualTo("\"" + s + "\"");
        }
    }
}
