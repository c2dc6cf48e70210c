package org.hourbook.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.testing.FakeScreens;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.TrackerProcess;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorAndScreenshotIT {
    @TempDir
    Path dir;

    @Test
    void doctor_reports_each_check_as_ok_or_as_a_problem_with_what_to_do() throws Exception {
        ScaledTime time = TestServer.compressed(1);
        try (TestServer server = TestServer.start(dir.resolve("server"), time)) {
            server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 10, null);
            Path data = dir.resolve("tracker");
            Map<String, String> env = Map.of("HOURBOOK_TRACKER_DATA", data.toString(), "HOURBOOK_TRACKER_HOOKS", "off",
                    "HOURBOOK_PASSWORD", TestServer.PASSWORD);
            TrackerProcess.Cli login = TrackerProcess.cli(env, "login", "--server", server.url(), "--email", "fran@example.test");
            assertThat(login.code()).as(login.err()).isZero();
            TrackerProcess.Cli doctor = TrackerProcess.cli(env, "doctor", "--json");
            JsonNode checks = doctor.json();
            Map<String, JsonNode> byName = new java.util.HashMap<>();
            checks.forEach(c -> byName.put(c.path("check").asText(), c));
            assertThat(byName.keySet()).contains("server", "contracts", "clock", "screenshot", "input", "journal");
            assertThat(byName.get("server").path("ok").asBoolean()).isTrue();
            assertThat(byName.get("contracts").path("detail").asText()).contains("Checkout redesign");
            assertThat(byName.get("clock").path("ok").asBoolean()).isTrue();
            assertThat(byName.get("journal").path("ok").asBoolean()).isTrue();
            // The test JVM has no display and hooks are off: both are problems, each with what to do.
            assertThat(byName.get("input").path("ok").asBoolean()).isFalse();
            assertThat(byName.get("input").path("fix").asText()).isNotBlank();
            assertThat(byName.get("screenshot").path("ok").asBoolean()).isFalse();
            assertThat(byName.get("screenshot").path("fix").asText()).isNotBlank();
            assertThat(doctor.code()).isEqualTo(1);
        }
    }

    @Test
    void deleting_a_screenshot_deletes_its_segment_on_the_server_and_its_time_is_not_billed() throws Exception {
        ScaledTime time = TestServer.compressed(600);
        try (TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.BLURRED, 10, null);
            FakeScreens screens = new FakeScreens();
            try (TrackerRuntime rt = Trackers.start(dir.resolve("tracker"), time, Trackers.signIn(server, "fran@example.test"),
                    InputHooks.none("test"), screens)) {
                ContractInfo c = TrackerRuntime.pick(rt.contracts(), null).orElseThrow();
                rt.tracker().start(c, "Some work", null);
                Trackers.waitTracked(time, Duration.ofMinutes(25));
                rt.tracker().stop(null);
                assertThat(rt.syncNow().complete()).isTrue();
                JournalSegment victim = rt.journal().all().stream().filter(s -> "taken".equals(s.shot())).findFirst().orElseThrow();
                assertThat(server.segments(w.contract().id())).extracting(Segment::id).contains(victim.id());
                rt.tracker().deleteShot(victim.id());
                assertThat(rt.syncNow().complete()).isTrue();
                assertThat(server.segments(w.contract().id())).extracting(Segment::id).doesNotContain(victim.id()).isNotEmpty();
                assertThat(rt.journal().find(victim.id()).orElseThrow().upload()).isEqualTo("deleted");
            }
        }
    }
}
