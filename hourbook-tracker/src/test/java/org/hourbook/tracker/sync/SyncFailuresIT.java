package org.hourbook.tracker.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.journal.Minutes;
import org.hourbook.tracker.journal.Run;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.testing.FakeScreens;
import org.hourbook.tracker.testing.LossyProxy;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncFailuresIT {
    @TempDir
    Path dir;

    private List<JournalSegment> closed(TrackerRuntime rt) {
        return rt.journal().all().stream().filter(s -> s.state().equals("closed")).toList();
    }

    @Test
    void time_tracked_while_the_server_is_down_all_arrives_once_it_is_back() throws Exception {
        ScaledTime time = TestServer.compressed(600);
        try (TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 10, null);
            Account account = Trackers.signIn(server, "fran@example.test");
            try (TrackerRuntime rt = Trackers.start(dir.resolve("tracker"), time, account, InputHooks.none("test"), new FakeScreens())) {
                ContractInfo c = TrackerRuntime.pick(rt.contracts(), null).orElseThrow();
                rt.tracker().start(c, "Offline work", null);
                Trackers.waitTracked(time, Duration.ofMinutes(12));
                server.pause();
                Trackers.waitTracked(time, Duration.ofMinutes(40));
                assertThat(rt.syncNow().complete()).isFalse();
                assertThat(rt.syncer().state().offlineSince()).isNotNull();
                assertThat(rt.journal().counts(account.key()).waiting()).isGreaterThanOrEqualTo(3);
                rt.tracker().stop(null);
                server.resume();
                assertThat(rt.syncNow().complete()).isTrue();
                assertThat(rt.syncer().state().offlineSince()).isNull();
                List<JournalSegment> local = closed(rt);
                assertThat(local).allSatisfy(s -> assertThat(s.upload()).isEqualTo("stored"));
                assertThat(server.segments(w.contract().id())).extracting(Segment::id)
                        .containsExactlyInAnyOrderElementsOf(local.stream().map(JournalSegment::id).toList());
                assertThat(server.segments(w.contract().id())).allSatisfy(s -> assertThat(s.screenshot()).isNotNull());
            }
        }
    }

    @Test
    void an_answer_lost_after_the_server_stored_the_batch_is_replayed_without_a_duplicate() throws Exception {
        ScaledTime time = TestServer.compressed(600);
        try (TestServer server = TestServer.start(dir.resolve("server"), time); LossyProxy proxy = new LossyProxy(server.port())) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NONE, 10, null);
            Account direct = Trackers.signIn(server, "fran@example.test");
            Account viaProxy = new Account(proxy.url(), direct.userId(), direct.email(), direct.name(), direct.token(), direct.tokenId(), direct.device());
            try (TrackerRuntime rt = Trackers.start(dir.resolve("tracker"), time, viaProxy, InputHooks.none("test"), new FakeScreens())) {
                ContractInfo c = TrackerRuntime.pick(rt.contracts(), null).orElseThrow();
                // Nothing reaches the server while tracking: every segment waits in the journal.
                proxy.cutOff(true);
                rt.tracker().start(c, "Lossy network", null);
                Trackers.waitTracked(time, Duration.ofMinutes(25));
                rt.tracker().stop(null);
                assertThat(server.segments(w.contract().id())).isEmpty();
                // The network is back, but the answer to the next upload is lost after the server stored it. The background
                // sync or this thread may send that upload; either way the answer is lost exactly once.
                proxy.loseNextAnswerTo("POST /api/v1/contracts/" + c.id() + "/segments ");
                proxy.cutOff(false);
                for (int i = 0; i < 50 && proxy.dropped() == 0; i++) rt.syncNow();
                assertThat(proxy.dropped()).as("an upload's answer was lost").isEqualTo(1);
                assertThat(server.segments(w.contract().id())).as("the server stored the batch whose answer was lost").isNotEmpty();
                Syncer.Pass replay = rt.syncNow();
                assertThat(replay.complete()).isTrue();
                List<Segment> stored = server.segments(w.contract().id());
                assertThat(stored).extracting(Segment::id).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(closed(rt).stream().map(JournalSegment::id).toList());
                assertThat(stored).extracting(Segment::start).doesNotHaveDuplicates();
                assertThat(closed(rt)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s.upload()).isEqualTo("stored"));
            }
        }
    }

    @Test
    void one_segment_the_server_refuses_is_set_aside_with_its_reason_and_the_rest_still_sync() throws Exception {
        ScaledTime time = TestServer.compressed(600);
        try (TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NONE, 10, null);
            Account account = Trackers.signIn(server, "fran@example.test");
            try (TrackerRuntime rt = Trackers.start(dir.resolve("tracker"), time, account, InputHooks.none("test"), new FakeScreens())) {
                ContractInfo c = TrackerRuntime.pick(rt.contracts(), null).orElseThrow();
                // A segment with a label the contract does not have (as if the client removed it meanwhile).
                Instant slot = SegmentGrid.slotStart(time.now()).minusSeconds(3600);
                UUID bad = UUID.randomUUID();
                JournalSegment invalid = new JournalSegment(bad, account.key(), c.id(), slot, "Old work", "Removed label", "open", false, true,
                        Minutes.none(), List.of(new Run(slot, slot.plusSeconds(300))), "disabled", null, null, null, null, null, "waiting",
                        "waiting", null, null);
                rt.journal().insertOpen(invalid);
                rt.journal().close(invalid, time.now(), false);
                rt.tracker().start(c, "Good work", null);
                Trackers.waitTracked(time, Duration.ofMinutes(25));
                rt.tracker().stop(null);
                assertThat(rt.syncNow().complete()).isTrue();
                JournalSegment refused = rt.journal().find(bad).orElseThrow();
                assertThat(refused.upload()).isEqualTo("refused");
                assertThat(refused.refusal().code()).isEqualTo("segment.label");
                assertThat(refused.refusal().message()).contains("Removed label");
                List<JournalSegment> good = closed(rt).stream().filter(s -> !s.id().equals(bad)).toList();
                assertThat(good).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s.upload()).isEqualTo("stored"));
                assertThat(server.segments(w.contract().id())).extracting(Segment::id)
                        .containsExactlyInAnyOrderElementsOf(good.stream().map(JournalSegment::id).toList());
                assertThat(rt.journal().counts(account.key()).refused()).isEqualTo(1);
            }
        }
    }
}
