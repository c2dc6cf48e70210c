package org.hourbook.tracker.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;
import org.hourbook.tracker.config.TrackerConfig;

/** What the track commands need from the outside, passed in so tests run them in-process. */
public record Ctx(Map<String, String> env, PrintStream out, PrintStream err, Console console) {
    public static Ctx system() {
        return new Ctx(System.getenv(), System.out, System.err, System.console());
    }

    TrackerConfig config(java.nio.file.Path dataOverride) {
        TrackerConfig c = TrackerConfig.from(env);
        return dataOverride == null ? c : c.withDataDir(dataOverride);
    }
}
