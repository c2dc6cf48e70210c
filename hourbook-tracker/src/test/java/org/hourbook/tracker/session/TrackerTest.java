package org.hourbook.tracker.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.tracker.activity.ActivityCounter;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.ShotFiles;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.testing.FakeScreens;
import org.hourbook.tracker.testing.ManualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracking session on hand-moved time, a real journal and a drawn screen. */
class TrackerTest {
    static final Instant START = Instant.parse("2026-11-18T12:03:20Z");
    static final ContractInfo CONTRACT = new ContractInfo(7, "Checkout", ScreenshotPolicy.NORMAL, 10, null, true, BillingRounding.SEGMENT, List.of("Code"));

    @TempDir
    Path dir;
    ManualTime time;
    Journal journal;
    FakeScreens screens;
    Tracker tracker;

    @BeforeEach
    void setUp() {
        time = new ManualTime(START);
        journal = Journal.open(dir.resolve("journal.db"));
        screens = new FakeScreens();
        tracker = tracker(null);
    }

    private Tracker tracker(String hooksProblem) {
        return new Tracker(time, journal, new ShotFiles(dir.resolve("shots")), new ActivityCounter(time), hooksProblem == null ? "no hooks in this test" : hooksProblem,
                screens, new SplittableRandom(1), TrackerLog.silent(), "acct", new Tracker.Settings(Duration.ofSeconds(30), Duration.ofSeconds(1), ZoneOffset.UTC),
                () -> {});
    }

    @AfterEach
    void tearDown() {
        journal.close();
    }

    private void run(Duration d) {
        for (long s = 0; s < d.toSeconds(); s++) {
            time.advance(Duration.ofSeconds(1));
            tracker.tick();
        }
    }

    private List<JournalSegment> closed() {
        return journal.all().stream().filter(s -> s.state().equals("closed")).toList();
    }

    @Test
    void tracked_time_is_cut_into_segments_at_the_ten_minute_grid() {
        tracker.start(CONTRACT, "Address form", "Code");
        run(Duration.ofMinutes(20));
        tracker.stop(null);
        assertThat(closed()).extracting(s -> s.slotStart() + " " + s.trackedSeconds()).containsExactly(
                "2026-11-18T12:00:00Z 400", "2026-11-18T12:10:00Z 600", "2026-11-18T12:20:00Z 200");
        assertThat(closed()).allSatisfy(s -> {
            assertThat(s.memo()).isEqualTo("Address form");
            assertThat(s.label()).isEqualTo("Code");
        });
    }

    @Test
    void each_segment_gets_one_screenshot_inside_its_tracked_part() {
        tracker.start(CONTRACT, "Address form", null);
        run(Duration.ofMinutes(20));
        tracker.stop(null);
        assertThat(screens.taken).hasSize(3);
        for (JournalSegment s : closed()) {
            assertThat(s.shot()).isEqualTo("taken");
            assertThat(s.runs()).anySatisfy(r -> assertThat(!s.shotTakenAt().isBefore(r.from()) && !s.shotTakenAt().isAfter(r.to())).isTrue());
        }
    }

    @Test
    void a_sleep_of_the_computer_ends_tracking_where_it_began_and_creates_no_time() {
        tracker.start(CONTRACT, "Address form", null);
        run(Duration.ofMinutes(3));
        Instant beforeSleep = time.now();
        time.jumpWall(Duration.ofHours(2));
        tracker.tick();
        assertThat(tracker.state()).isInstanceOf(TrackerState.Stopped.class);
        assertThat(((TrackerState.Stopped) tracker.state()).reason()).contains("slept");
        run(Duration.ofMinutes(30));
        assertThat(closed()).extracting(JournalSegment::trackedSeconds).containsExactly(180);
        assertThat(closed().get(0).trackedEnd()).isEqualTo(beforeSleep);
    }

    @Test
    void a_clock_set_back_creates_no_time_either() {
        tracker.start(CONTRACT, "Address form", null);
        run(Duration.ofMinutes(3));
        time.jumpWall(Duration.ofMinutes(-30));
        tracker.tick();
        run(Duration.ofMinutes(10));
        assertThat(closed().stream().mapToInt(JournalSegment::trackedSeconds).sum()).isEqualTo(180);
    }

    @Test
    void starting_again_in_a_slot_that_already_has_a_segment_begins_with_the_next_slot() {
        tracker.start(CONTRACT, "Address form", null);
        run(Duration.ofMinutes(2));
        tracker.stop(null);
        run(Duration.ofMinutes(1));
        TrackerStatus s = tracker.start(CONTRACT, "Payment step", null);
        assertThat(s.state()).isInstanceOfSatisfying(TrackerState.Waiting.class,
                w -> assertThat(w.startsAt()).isEqualTo(Instant.parse("2026-11-18T12:10:00Z")));
        run(Duration.ofMinutes(10));
        tracker.stop(null);
        assertThat(closed()).extracting(c -> c.slotStart() + " " + c.trackedSeconds() + " " + c.memo()).containsExactly(
                "2026-11-18T12:00:00Z 120 Address form", "2026-11-18T12:10:00Z 380 Payment step");
    }

    @Test
    void a_tracker_that_died_leaves_its_open_segment_as_it_was_at_the_last_checkpoint() {
        tracker.start(CONTRACT, "Address form", null);
        run(Duration.ofSeconds(95)); // checkpoints at 30, 60 and 90 s
        // The process dies here; a new one starts on the same journal.
        Tracker next = tracker(null);
        List<JournalSegment> recovered = next.recover();
        assertThat(recovered).hasSize(1);
        assertThat(closed()).extracting(JournalSegment::trackedSeconds).containsExactly(90);
    }

    @Test
    void a_memo_is_required_to_start() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tracker.start(CONTRACT, "  ", null)).hasMessageContaining("memo");
    }

    @Test
    void a_memo_the_server_would_refuse_is_refused_before_any_time_is_tracked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tracker.start(CONTRACT, "Fix \u202Egnp.exe", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tracker.state()).isInstanceOf(TrackerState.Stopped.class);
    }

    @Test
    void the_weekly_limit_stops_tracking_when_it_is_reached() {
        ContractInfo limited = new ContractInfo(8, "Limited", ScreenshotPolicy.NONE, 10, 1, true, BillingRounding.SEGMENT, List.of());
        tracker.setUsage(8, new Tracker.WeekUsage(2400, 2400, false));
        tracker.start(limited, "Last bit of the week", null);
        run(Duration.ofMinutes(30));
        assertThat(tracker.state()).isInstanceOfSatisfying(TrackerState.Stopped.class, s -> assertThat(s.reason()).contains("weekly limit"));
        assertThat(tracker.status().notices()).anySatisfy(n -> assertThat(n).contains("left under the weekly limit"));
        assertThat(closed().stream().mapToInt(JournalSegment::trackedSeconds).sum()).isLessThanOrEqualTo(1200 + 30);
    }

    @Test
    void a_contract_set_to_warn_keeps_tracking_past_the_weekly_limit_and_says_so() {
        ContractInfo warns = new ContractInfo(9, "Warns", ScreenshotPolicy.NONE, 10, 1, false, BillingRounding.SEGMENT, List.of());
        tracker.setUsage(9, new Tracker.WeekUsage(2400, 2400, false));
        tracker.start(warns, "Finishing the release", null);
        run(Duration.ofMinutes(40));
        assertThat(tracker.state()).isInstanceOf(TrackerState.Running.class);
        assertThat(tracker.status().notices()).anySatisfy(n -> assertThat(n).contains("weekly limit of 1 h is reached", "not billed"));
        assertThat(closed().stream().mapToInt(JournalSegment::trackedSeconds).sum()).isGreaterThan(1200 + 600);
    }

    @Test
    void a_contract_set_to_warn_starts_even_when_the_limit_is_already_reached() {
        ContractInfo warns = new ContractInfo(9, "Warns", ScreenshotPolicy.NONE, 10, 1, false, BillingRounding.SEGMENT, List.of());
        tracker.setUsage(9, new Tracker.WeekUsage(3600, 3600, true));
        tracker.start(warns, "Overtime", null);
        assertThat(tracker.state()).isNotInstanceOf(TrackerState.Stopped.class);
        assertThat(tracker.status().notices()).anySatisfy(n -> assertThat(n).contains("over the limit"));
    }

    @Test
    void a_retainer_without_overage_warns_before_and_at_its_cap_and_keeps_recording() {
        ContractInfo retainer = new ContractInfo(10, "Retainer", ScreenshotPolicy.NONE, 10, null, true, BillingRounding.SEGMENT, List.of());
        // 20 h this cycle, 19 h 20 min used on the server: 40 minutes left.
        tracker.setCycle(10, new Tracker.CycleUsage(20 * 3600, 19 * 3600 + 1200, false, START.minus(Duration.ofDays(3)),
                java.time.LocalDate.parse("2026-12-01")));
        tracker.start(retainer, "Monthly maintenance", null);
        assertThat(tracker.status().cycleLeftSeconds()).isBetween(2400L - 600, 2400L);
        run(Duration.ofMinutes(20));
        assertThat(tracker.status().notices()).anySatisfy(n -> assertThat(n).contains("minutes left of this cycle's 20 h", "2026-12-01"));
        run(Duration.ofMinutes(40));
        assertThat(tracker.state()).isInstanceOf(TrackerState.Running.class);
        assertThat(tracker.status().notices()).anySatisfy(n -> assertThat(n).contains("This cycle's 20 h are used up", "over the cap"));
        assertThat(tracker.status().cycleLeftSeconds()).isNegative();
    }

    @Test
    void a_retainer_that_allows_overage_shows_the_hours_left_without_warning() {
        ContractInfo retainer = new ContractInfo(11, "Open retainer", ScreenshotPolicy.NONE, 10, null, true, BillingRounding.SEGMENT, List.of());
        tracker.setCycle(11, new Tracker.CycleUsage(10 * 3600, 10 * 3600 - 600, true, START.minus(Duration.ofDays(3)),
                java.time.LocalDate.parse("2026-12-01")));
        tracker.start(retainer, "Support", null);
        run(Duration.ofMinutes(30));
        assertThat(tracker.status().notices()).noneSatisfy(n -> assertThat(n).contains("cycle"));
        assertThat(tracker.status().cycleLeftSeconds()).isNegative();
    }
}
