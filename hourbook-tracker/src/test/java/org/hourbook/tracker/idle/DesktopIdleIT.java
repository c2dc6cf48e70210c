package org.hourbook.tracker.idle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.Run;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.TrackerProcess;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.testing.XDisplay;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idle on a real display: the contract's idle limit (2 minutes here, at 60x) passes without
 * input, tracking stops, input comes back, and the person keeps or discards the idle time.
 */
@ExtendWith(XDisplay.class)
class DesktopIdleIT {
    @TempDir
    Path dir;

    record Outcome(Instant since, Instant idleSince, Instant answeredAt, Instant stoppedAt, List<JournalSegment> local, List<Segment> stored) {
        long tracked() {
            return local.stream().mapToLong(JournalSegment::trackedSeconds).sum();
        }

        List<Run> runs() {
            return local.stream().flatMap(s -> s.runs().stream()).toList();
        }
    }

    private Outcome idleThenAnswer(String answer) throws Exception {
        ScaledTime time = TestServer.compressed(60);
        try (XDisplay x = XDisplay.start(640, 480); TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 2, null);
            Path data = dir.resolve("tracker");
            Trackers.signIn(server, "fran@example.test").save(data.resolve("account.json"));
            Map<String, String> env = TrackerProcess.env(data, time, x.name(), true);
            Process p = TrackerProcess.spawn(env, dir.resolve("tracker.out"), "start", "--foreground", "--memo", "Idle test");
            try {
                Instant since = Instant.parse(TrackerProcess.awaitState(env, 30, "tracking").path("since").asText());
                for (int i = 0; i < 12; i++) {
                    x.xdotool("mousemove", Integer.toString(10 + 7 * i), "50");
                    Thread.sleep(250);
                }
                JsonNode idle = TrackerProcess.awaitState(env, 10, "idle");
                Instant idleSince = Instant.parse(idle.path("idleSince").asText());
                Thread.sleep(1500);
                x.xdotool("mousemove", "300", "300");
                TrackerProcess.awaitState(env, 5, "idle-returned");
                Thread.sleep(500);
                Instant answeredAt = time.now();
                TrackerProcess.Cli a = TrackerProcess.cli(env, "idle", answer);
                assertThat(a.code()).as(a.out() + a.err()).isZero();
                for (int i = 0; i < 8; i++) {
                    x.xdotool("mousemove", Integer.toString(20 + 9 * i), "80");
                    Thread.sleep(250);
                }
                Instant stoppedAt = time.now();
                assertThat(TrackerProcess.cli(env, "stop").code()).isZero();
                p.waitFor();
                try (Journal j = Journal.open(data.resolve("journal.db"))) {
                    List<JournalSegment> local = j.all().stream().filter(s -> s.state().equals("closed")).toList();
                    assertThat(local).allSatisfy(s -> assertThat(s.upload()).isEqualTo("stored"));
                    List<Segment> stored = server.segments(w.contract().id());
                    assertThat(stored.stream().mapToLong(Segment::trackedSeconds).sum())
                            .isEqualTo(local.stream().mapToLong(JournalSegment::trackedSeconds).sum());
                    return new Outcome(since, idleSince, answeredAt, stoppedAt, local, stored);
                }
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void discarded_idle_time_never_reaches_the_server() throws Exception {
        Outcome o = idleThenAnswer("discard");
        // No tracked run covers the idle time: it ends at the last input and resumes at the answer.
        assertThat(o.runs()).allSatisfy(r -> assertThat(!r.to().isAfter(o.idleSince().plusSeconds(3)) || !r.from().isBefore(o.answeredAt().minusSeconds(3)))
                .as("run %s outside the idle time %s..%s", r, o.idleSince(), o.answeredAt()).isTrue());
        long expected = Duration.between(o.since(), o.idleSince()).toSeconds() + Duration.between(o.answeredAt(), o.stoppedAt()).toSeconds();
        assertThat(o.tracked()).isBetween(expected - 30, expected + 30);
    }

    @Test
    void kept_idle_time_is_tracked_up_to_the_idle_limit_and_tracking_resumes_at_the_answer() throws Exception {
        Outcome o = idleThenAnswer("keep");
        Instant limit = o.idleSince().plus(Duration.ofMinutes(2));
        long expected = Duration.between(o.since(), limit).toSeconds() + Duration.between(o.answeredAt(), o.stoppedAt()).toSeconds();
        assertThat(o.tracked()).isBetween(expected - 30, expected + 30);
        assertThat(o.runs()).anySatisfy(r -> assertThat(r.contains(o.idleSince().plusSeconds(60))).isTrue());
    }
}
