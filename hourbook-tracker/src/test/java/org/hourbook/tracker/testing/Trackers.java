package org.hourbook.tracker.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.capture.Screens;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.sync.SignIn;
import org.hourbook.tracker.time.ScaledTime;

/** Builds in-process trackers signed in to a {@link TestServer}, on the server's compressed time. */
public final class Trackers {
    private Trackers() {}

    public static Account signIn(TestServer server, String email) {
        try {
            return SignIn.withPassword(server.url(), email, TestServer.PASSWORD, "test device");
        } catch (Exception e) {
            throw new AssertionError("sign-in failed: " + e.getMessage(), e);
        }
    }

    public static TrackerConfig config(Path dataDir, ScaledTime time) {
        return new TrackerConfig(dataDir, time, false, Duration.ofSeconds(30));
    }

    public static TrackerRuntime start(Path dataDir, ScaledTime time, Account account, InputHooks hooks, Screens screens) {
        return TrackerRuntime.start(config(dataDir, time), account, TrackerLog.in(dataDir.resolve("logs"), false), hooks, screens);
    }

    /** Waits {@code d} of tracker time (real time divided by the factor). */
    public static void waitTracked(ScaledTime time, Duration d) {
        try {
            Thread.sleep(Math.max(1, time.toReal(d).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
