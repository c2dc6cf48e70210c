package org.hourbook.tracker.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hourbook.tracker.cli.Ctx;
import org.hourbook.tracker.cli.TrackCommand;
import org.hourbook.tracker.cli.TrackerMain;
import org.hourbook.tracker.time.ScaledTime;
import org.hourbook.tracker.wire.Wire;

/**
 * The tracker as its own process, exactly as {@code track start --foreground} runs it (the same
 * lean JVM flags as the background start), plus the CLI run in-process against it: how the
 * desktop and crash tests drive it.
 */
public final class TrackerProcess {
    private TrackerProcess() {}

    public static Map<String, String> env(Path data, ScaledTime time, String display, boolean hooks) {
        Map<String, String> env = new HashMap<>();
        env.put("HOURBOOK_TRACKER_DATA", data.toString());
        env.put("HOURBOOK_TRACKER_TIME", time.spec());
        env.put("HOURBOOK_TRACKER_HOOKS", hooks ? "on" : "off");
        if (display != null) env.put("DISPLAY", display);
        return env;
    }

    public static Process spawn(Map<String, String> env, Path out, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(TrackerMain.jvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), TrackerMain.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return pb.start();
    }

    /** {@code hourbook track ARGS} in this JVM: exit code and output. */
    public record Cli(int code, String out, String err) {
        public JsonNode json() {
            try {
                return Wire.mapper().readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out + err, e);
            }
        }
    }

    public static Cli cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Ctx ctx = new Ctx(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), null);
        int code = TrackCommand.commandLine(ctx).execute(args);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Polls {@code track status --json} until {@code state} is one of the given, or fails after {@code seconds}. */
    public static JsonNode awaitState(Map<String, String> env, double seconds, String... states) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Cli c = cli(env, "status", "--json");
            if (c.code() == 0) {
                last = c.json();
                if (last.has("pid")) for (String s : states) if (s.equals(last.path("state").asText())) return last;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("tracker not in " + String.join("/", states) + " within " + seconds + " s; last status " + last);
    }

    public static void kill9(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor(10, TimeUnit.SECONDS);
    }
}
