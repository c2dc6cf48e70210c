package org.hourbook.tracker.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hourbook.tracker.testing.XDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(XDisplay.class)
class ScreenGrabIT {
    @Test
    void the_fast_screen_grab_gives_the_very_pixels_robot_gives_on_a_two_monitor_desktop() throws Exception {
        try (XDisplay x = XDisplay.start(800, 600, 640, 480)) {
            x.plaid();
            ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), GrabCheck.class.getName()))
                    .redirectErrorStream(true);
            pb.environment().put("DISPLAY", x.name());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).as("the whole desktop, every pixel as Robot reads it; an area off the screen is refused, not an error")
                    .contains("grab=X11Grab size=1440x600 pixels=864000 differing=0 offscreen=null");
        }
    }
}
