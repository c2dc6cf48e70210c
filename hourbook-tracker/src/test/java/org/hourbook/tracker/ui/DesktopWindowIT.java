package org.hourbook.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.Segment;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.TrackerProcess;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.testing.XDisplay;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The window on a real display with a tray, driven with the keyboard alone (xdotool keys). */
@ExtendWith(XDisplay.class)
class DesktopWindowIT {
    @TempDir
    Path dir;

    @Test
    void a_session_can_be_started_and_stopped_from_the_window_with_the_keyboard_alone_and_the_tray_shows_an_icon() throws Exception {
        ScaledTime time = TestServer.compressed(60);
        try (XDisplay x = XDisplay.start(1024, 768); TestServer server = TestServer.start(dir.resolve("server"), time)) {
            x.startWindowManager();
            x.startTray();
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 10, null);
            Path data = dir.resolve("tracker");
            Trackers.signIn(server, "fran@example.test").save(data.resolve("account.json"));
            Map<String, String> env = TrackerProcess.env(data, time, x.name(), true);
            Process p = TrackerProcess.spawn(env, dir.resolve("window.out"));
            try {
                TrackerProcess.awaitState(env, 60, "stopped");
                awaitWindow(x);
                Thread.sleep(1500); // the contract list arrives from the server
                // The memo field has the focus when the window opens; Enter in it starts tracking.
                x.xdotool("search", "--sync", "--name", "Hourbook Tracker", "windowactivate", "--sync");
                x.xdotool("type", "--delay", "20", "Keyboard only");
                x.xdotool("key", "Return");
                var tracking = TrackerProcess.awaitState(env, 20, "tracking");
                assertThat(tracking.path("memo").asText()).isEqualTo("Keyboard only");
                for (int i = 0; i < 12; i++) { // a segment and more at 60x, with input so that it is not idle
                    x.xdotool("mousemove", Integer.toString(700 + 10 * i), "700");
                    Thread.sleep(1000);
                }
                x.xdotool("key", "ctrl+Return");
                TrackerProcess.awaitState(env, 20, "stopped");
                String log = Files.readString(data.resolve("logs/tracker.0.log"));
                assertThat(log).contains("tray icon shown");
                long deadline = System.nanoTime() + 20_000_000_000L;
                List<Segment> stored = server.segments(w.contract().id());
                while (stored.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    stored = server.segments(w.contract().id());
                }
                assertThat(stored).as("log: %s%nstatus: %s", Files.readString(data.resolve("logs/tracker.0.log")),
                        TrackerProcess.cli(env, "status").out()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> assertThat(s.memo()).isEqualTo("Keyboard only"));
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
    }

    private static void awaitWindow(XDisplay x) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (x.windows().contains("\"Hourbook Tracker\"")) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no window named Hourbook Tracker: " + x.windows());
    }
}
