package org.hourbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchedStderrTest {
    private final ByteArrayOutputStream target = new ByteArrayOutputStream();
    private final BatchedStderr batched = new BatchedStderr(target);
    private final PrintStream err = new PrintStream(batched, false, StandardCharsets.UTF_8);

    @Test
    void lines_wait_for_the_drain_even_when_flushed_one_by_one() throws Exception {
        err.println("INFO requests - method=GET route=\"/api/v1/health\" status=200 ms=0.4 user=-");
        err.flush();
        assertThat(target.size()).isZero();

        batched.drain();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("INFO requests - method=GET route=\"/api/v1/health\" status=200 ms=0.4 user=-\n");
    }

    @Test
    void every_line_of_many_threads_arrives_whole_and_once() throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int id = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2000; i++) err.println("thread " + id + " line " + i + " é");
            }));
        }
        for (Thread t : threads) t.join();
        batched.drain();

        String[] lines = target.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(8 * 2000 + 1);
        assertThat(lines[lines.length - 1]).isEmpty();
        Set<String> distinct = new HashSet<>(List.of(lines).subList(0, lines.length - 1));
        assertThat(distinct).hasSize(8 * 2000).allMatch(l -> l.matches("thread \\d line \\d+ é"));
    }

    @Test
    void a_full_buffer_goes_out_without_waiting_and_in_order() throws Exception {
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) 'x');
        err.print("first ");
        err.write(big, 0, big.length);
        err.print(" last");
        err.flush();
        assertThat(target.size()).isGreaterThanOrEqualTo(100_006);

        batched.drain();
        String all = target.toString(StandardCharsets.UTF_8);
        assertThat(all).startsWith("first xxx").endsWith("xxx last").hasSize(100_011);
    }
}
