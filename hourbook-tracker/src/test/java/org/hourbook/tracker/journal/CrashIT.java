package org.hourbook.tracker.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.TrackerProcess;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.testing.XDisplay;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the tracker process at random moments, 50 times (at 1200x a segment passes every half
 * second, so most lives close one or more): afterwards one sync delivers every segment the tracker had
 * closed, each exactly once, with its screenshot; only the one in progress at a kill may be short.
 */
@ExtendWith(XDisplay.class)
class CrashIT {
    static final int KILLS = 50;

    @TempDir
    Path dir;

    record Life(Instant trackingFrom, Instant killedAt) {}

    @Test
    void kill_9_at_random_moments_loses_no_closed_segment_and_duplicates_none() throws Exception {
        ScaledTime time = TestServer.compressed(1200);
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        try (XDisplay x = XDisplay.start(640, 480); TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 10, null);
            Path data = dir.resolve("tracker");
            Trackers.signIn(server, "fran@example.test").save(data.resolve("account.json"));
            Map<String, String> env = TrackerProcess.env(data, time, x.name(), false);
            List<Life> lives = new ArrayList<>();
            int killedEarly = 0;
            long startup = 0;
            for (int i = 0; i < KILLS; i++) {
                Process p = TrackerProcess.spawn(env, dir.resolve("tracker.out"), "start", "--foreground", "--memo", "Crash test " + i);
                if (random.nextInt(5) == 0) {
                    // Killed while starting: recovering the last life's segment, opening the journal, signing in.
                    Thread.sleep(random.nextInt(700));
                    TrackerProcess.kill9(p);
                    killedEarly++;
                    continue;
                }
                long t0 = System.nanoTime();
                JsonNode s = TrackerProcess.awaitState(env, 60, "tracking", "waiting");
                startup += System.nanoTime() - t0;
                Instant from = Instant.parse(s.path(s.has("since") ? "since" : "startsAt").asText());
                Thread.sleep(200 + random.nextInt(1400));
                Instant killedAt = time.now();
                TrackerProcess.kill9(p);
                lives.add(new Life(from, killedAt));
            }
            System.out.printf("CrashIT: start-up to tracking %d ms on average, seed %d%n", startup / 1_000_000 / Math.max(1, lives.size()), seed);
            TrackerProcess.Cli sync = TrackerProcess.cli(env, "sync");
            assertThat(sync.code()).as("seed %d: %s%s", seed, sync.out(), sync.err()).isZero();

            try (Journal j = Journal.open(data.resolve("journal.db"))) {
                assertThat(j.integrity()).isEqualTo("ok");
                List<JournalSegment> closed = j.all().stream().filter(s -> s.state().equals("closed")).toList();
                assertThat(closed).as("seed %d: every closed segment stored, none refused (an overlap or conflict would be a duplicate)", seed)
                        .allSatisfy(s -> assertThat(s.upload()).as("%s %s", s.slotStart(), s.refusal()).isEqualTo("stored"));
                List<Segment> stored = server.segments(w.contract().id());
                assertThat(stored).extracting(Segment::id).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(closed.stream().map(JournalSegment::id).toList());
                Map<Instant, Segment> bySlot = stored.stream().collect(Collectors.toMap(Segment::start, Function.identity()));
                int complete = 0;
                for (Life life : lives) {
                    // Every slot the tracker saw begin and end (with a tick to spare) is on the server, whole, with its screenshot.
                    Instant slot = SegmentGrid.slotStart(life.trackingFrom());
                    if (!slot.equals(life.trackingFrom())) slot = SegmentGrid.slotEnd(slot);
                    // A slot counts as closed by the tracker once 300 ms of real time passed after its end.
                    for (; !SegmentGrid.slotEnd(slot).plus(time.fromReal(Duration.ofMillis(300))).isAfter(life.killedAt()); slot = SegmentGrid.slotEnd(slot)) {
                        Segment s = bySlot.get(slot);
                        assertThat(s).as("seed %d: slot %s of the life %s is on the server", seed, slot, life).isNotNull();
                        assertThat(s.trackedSeconds()).as("seed %d: slot %s of the life %s", seed, slot, life).isEqualTo(600);
                        assertThat(s.screenshot()).as("screenshot of %s", slot).isNotNull();
                        complete++;
                    }
                }
                assertThat(complete).as("complete slots checked (the lives were long enough to mean something)").isGreaterThanOrEqualTo(KILLS / 5);
                System.out.printf("CrashIT: %d kills (%d while starting), %d complete slots checked, %d segments stored, start-up %d ms on average, seed %d%n",
                        KILLS, killedEarly, complete, stored.size(), startup / 1_000_000 / Math.max(1, lives.size()), seed);
                assertThat(lives.size() + killedEarly).isEqualTo(KILLS);
            }
        }
    }
}
