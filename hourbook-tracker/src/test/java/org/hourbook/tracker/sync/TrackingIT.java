package org.hourbook.tracker.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.testing.FakeScreens;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackingIT {
    @TempDir
    Path dir;

    @Test
    void tracked_time_reaches_the_server_as_grid_segments_each_with_one_screenshot_inside_its_tracked_part() throws Exception {
        ScaledTime time = TestServer.compressed(600);
        try (TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 10, null);
            FakeScreens screens = new FakeScreens();
            try (TrackerRuntime rt = Trackers.start(dir.resolve("tracker"), time, Trackers.signIn(server, "fran@example.test"),
                    InputHooks.none("test"), screens)) {
                ContractInfo c = TrackerRuntime.pick(rt.contracts(), "Checkout").orElseThrow();
                rt.tracker().start(c, "Checkout: address form", "Code");
                Trackers.waitTracked(time, Duration.ofMinutes(35));
                rt.tracker().stop(null);
                Syncer.Pass pass = rt.syncNow();
                assertThat(pass.complete()).as("sync pass %s, state %s", pass, rt.syncer().state()).isTrue();

                List<JournalSegment> local = rt.journal().all().stream().filter(s -> s.state().equals("closed")).toList();
                List<Segment> stored = server.segments(w.contract().id());
                assertThat(local).hasSizeGreaterThanOrEqualTo(4).allSatisfy(s -> assertThat(s.upload()).isEqualTo("stored"));
                assertThat(stored).extracting(Segment::id).containsExactlyInAnyOrderElementsOf(local.stream().map(JournalSegment::id).toList());
                Set<Instant> slots = new HashSet<>();
                for (Segment s : stored) {
                    assertThat(SegmentGrid.isAligned(s.start())).isTrue();
                    assertThat(slots.add(s.start())).as("one segment per slot").isTrue();
                    assertThat(s.memo()).isEqualTo("Checkout: address form");
                    assertThat(s.label()).isEqualTo("Code");
                    JournalSegment j = local.stream().filter(l -> l.id().equals(s.id())).findFirst().orElseThrow();
                    assertThat(s.trackedSeconds()).isEqualTo(j.trackedSeconds());
                    assertThat(s.screenshot()).as("screenshot of %s", s.start()).isNotNull();
                    Instant taken = s.screenshot().takenAt();
                    assertThat(j.runs()).anySatisfy(r -> assertThat(!taken.isBefore(r.from()) && !taken.isAfter(r.to())).isTrue());
                }
                // Full segments in the middle are 600 s; the first and last are partial.
                assertThat(stored.stream().filter(s -> s.trackedSeconds() == 600).count()).isGreaterThanOrEqualTo(2);
                assertThat(screens.taken).hasSize(stored.size());
            }
        }
    }

    @Test
    void on_a_retainer_without_overage_the_tracker_shows_the_hours_left_and_warns_at_the_cap() throws Exception {
        ScaledTime time = TestServer.compressed(600);
        try (TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NONE, 10, null);
            server.db().retainers().create(w.contract().id(), new org.hourbook.core.retainer.RetainerTerms(3600,
                    new org.hourbook.core.retainer.CycleRule.Monthly(1), null, false, java.time.ZoneId.of("UTC")), false,
                    time.now().minus(Duration.ofDays(40)));
            try (TrackerRuntime rt = Trackers.start(dir.resolve("tracker"), time, Trackers.signIn(server, "fran@example.test"),
                    InputHooks.none("test"), new FakeScreens())) {
                ContractInfo c = TrackerRuntime.pick(rt.contracts(), "Checkout").orElseThrow();
                rt.tracker().start(c, "Monthly maintenance", null);
                Trackers.waitTracked(time, Duration.ofMinutes(15));
                rt.syncNow();
                Trackers.waitTracked(time, Duration.ofMinutes(1));
                assertThat(rt.tracker().status().cycleLeftSeconds()).as("an hour this cycle, some of it tracked").isBetween(1L, 3600L - 600);
                Trackers.waitTracked(time, Duration.ofMinutes(65));
                rt.syncNow();
                Trackers.waitTracked(time, Duration.ofMinutes(1));
                var status = rt.tracker().status();
                assertThat(status.tracking()).as("the time is still recorded").isTrue();
                assertThat(status.cycleLeftSeconds()).isNegative();
                assertThat(status.notices()).anySatisfy(n -> assertThat(n).contains("This cycle's 1 h are used up", "over the cap"));
                rt.tracker().stop(null);
            }
        }
    }
}
