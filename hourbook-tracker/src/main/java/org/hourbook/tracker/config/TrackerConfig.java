package org.hourbook.tracker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hourbook.tracker.time.ScaledTime;

/**
 * The tracker's settings, read once from the environment (flags override some of them).
 *
 * @param time       real time, or compressed for tests and benches ({@code HOURBOOK_TRACKER_TIME},
 *                   see {@link ScaledTime#parse}); the same code path either way
 * @param inputHooks {@code HOURBOOK_TRACKER_HOOKS=off} records activity as unknown without trying
 * @param checkpoint how often the open segment is saved ({@code HOURBOOK_TRACKER_CHECKPOINT} seconds)
 */
public record TrackerConfig(Path dataDir, ScaledTime time, boolean inputHooks, Duration checkpoint) {

    /**
     * How the person runs the tracker's commands, for messages that say what to type: the
     * installed package's {@code hourbook-tracker} (jpackage's launcher sets {@code jpackage.app-path}),
     * else {@code hourbook track}.
     */
    public static String command() {
        return System.getProperty("jpackage.app-path") != null ? "hourbook-tracker" : "hourbook track";
    }

    public static TrackerConfig from(Map<String, String> env) {
        Path dir = DataDirs.resolve(env, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
        String spec = env.get("HOURBOOK_TRACKER_TIME");
        ScaledTime time = spec == null || spec.isBlank() ? (ScaledTime) org.hourbook.tracker.time.TimeSource.system() : ScaledTime.parse(spec);
        boolean hooks = !"off".equalsIgnoreCase(env.getOrDefault("HOURBOOK_TRACKER_HOOKS", "on"));
        String cp = env.get("HOURBOOK_TRACKER_CHECKPOINT");
        Duration checkpoint = cp == null || cp.isBlank() ? Duration.ofSeconds(30) : Duration.ofMillis((long) (Double.parseDouble(cp) * 1000));
        return new TrackerConfig(dir, time, hooks, checkpoint);
    }

    public TrackerConfig withDataDir(Path dir) {
        return new TrackerConfig(dir, time, inputHooks, checkpoint);
    }

    public Path journalFile() {
        return dataDir.resolve("journal.db");
    }

    public Path shotsDir() {
        return dataDir.resolve("screenshots");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    public Path accountFile() {
        return dataDir.resolve("account.json");
    }

    public Path socket() {
        return dataDir.resolve("tracker.sock");
    }

    public Path lockFile() {
        return dataDir.resolve("tracker.lock");
    }
}
