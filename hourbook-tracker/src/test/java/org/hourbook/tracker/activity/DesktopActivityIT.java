package org.hourbook.tracker.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.tracker.testing.TestServer;
import org.hourbook.tracker.testing.TrackerProcess;
import org.hourbook.tracker.testing.Trackers;
import org.hourbook.tracker.testing.XDisplay;
import org.hourbook.tracker.time.ScaledTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker process on a real X display (two screens joined by Xinerama) with xdotool typing,
 * clicking, scrolling and moving the mouse, and a real server: what arrives is what was done.
 */
@ExtendWith(XDisplay.class)
class DesktopActivityIT {
    @TempDir
    Path dir;

    @Test
    void activity_counts_on_the_server_match_the_generated_input_exactly_and_each_segment_has_a_screenshot_of_both_screens() throws Exception {
        ScaledTime time = TestServer.compressed(60);
        try (XDisplay x = XDisplay.start(800, 600, 640, 480); TestServer server = TestServer.start(dir.resolve("server"), time)) {
            TestServer.World w = server.freelancerWithContract("fran@example.test", ScreenshotPolicy.NORMAL, 10, null);
            x.paint("red");
            Path data = dir.resolve("tracker");
            Trackers.signIn(server, "fran@example.test").save(data.resolve("account.json"));
            Map<String, String> env = TrackerProcess.env(data, time, x.name(), true);
            Process p = TrackerProcess.spawn(env, dir.resolve("tracker.out"), "start", "--foreground", "--memo", "Typing for the test");
            try {
                JsonNode status = TrackerProcess.awaitState(env, 30, "tracking");
                assertThat(status.has("activity")).as("hooks work: %s", status).isFalse();
                int keys = 0;
                int clicks = 0;
                int scrolls = 0;
                int moves = 0;
                for (int round = 0; round < 5; round++) {
                    List<String> typed = new ArrayList<>(List.of("key", "--delay", "10"));
                    for (int i = 0; i < 7 + round; i++) typed.add(i % 2 == 0 ? "a" : "b");
                    x.xdotool(typed.toArray(String[]::new));
                    keys += 7 + round;
                    x.xdotool("click", "--repeat", "3", "--delay", "10", "1");
                    clicks += 3;
                    x.xdotool("click", "--repeat", "2", "--delay", "10", "5");
                    scrolls += 2;
                    List<String> path = new ArrayList<>();
                    for (int i = 0; i < 4; i++) path.addAll(List.of("mousemove", Integer.toString(100 + 50 * i + round), Integer.toString(200 + round)));
                    x.xdotool(path.toArray(String[]::new));
                    moves += 4;
                    Thread.sleep(2500); // ~2.5 minutes of tracker time between rounds: several segments
                }
                TrackerProcess.Cli stop = TrackerProcess.cli(env, "stop");
                assertThat(stop.code()).as(stop.out() + stop.err()).isZero();
                p.waitFor();
                List<Segment> stored = server.segments(w.contract().id());
                assertThat(stored).hasSizeGreaterThanOrEqualTo(2);
                int k = 0, c = 0, s = 0, m = 0;
                for (Segment seg : stored) {
                    for (MinuteActivity a : seg.minutes()) {
                        k += a.keys();
                        c += a.clicks();
                        s += a.scrolls();
                        m += a.moves();
                    }
                }
                assertThat(new int[] {k, c, s, m}).as("keys, clicks, scrolls, moves").containsExactly(keys, clicks, scrolls, moves);
                for (Segment seg : stored) {
                    assertThat(seg.screenshot()).as("screenshot of %s", seg.start()).isNotNull();
                    assertThat(seg.screenshot().width() + "x" + seg.screenshot().height()).as("both screens side by side").isEqualTo("1440x600");
                    BufferedImage img = ImageIO.read(new ByteArrayInputStream(server.blob(seg.screenshot().sha256())));
                    assertThat(new Color(img.getRGB(400, 300)).getRed()).as("the first screen shows").isGreaterThan(200);
                    assertThat(new Color(img.getRGB(1100, 240)).getRed()).as("the second screen shows").isGreaterThan(200);
                }
            } finally {
                p.destroyForcibly();
            }
        }
    }
}
