package org.hourbook.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hourbook.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

class ProgressTest {
    final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);

    @Test
    void a_fast_run_prints_a_line_every_500_files_and_leaves_the_last_to_the_summary() {
        Progress p = new Progress(out, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "backup", 1200);

        for (int i = 0; i < 1200; i++) p.file(100_000);

        assertThat(sink.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "backup: 500 of 1200 files (41 %, 47.7 MB)",
                "backup: 1000 of 1200 files (83 %, 95.4 MB)");
    }

    @Test
    void a_slow_run_prints_a_line_at_least_every_five_seconds() {
        MutableClock clock = new MutableClock(Instant.EPOCH);
        Progress p = new Progress(out, clock, "restore", 10);

        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(6));
            p.file(2048);
        }

        assertThat(sink.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "restore: 1 of 10 files (10 %, 2 KB)", "restore: 2 of 10 files (20 %, 4 KB)", "restore: 3 of 10 files (30 %, 6 KB)");
    }
}
