package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hourbook.tracker.config.TrackerConfig;

/**
 * {@code track start} without {@code --foreground}: starts the tracker as a process of its own
 * (in a new session, so closing the terminal does not end it), waits until it answers on its
 * control socket, and returns. Its output goes to {@code logs/background.out}.
 */
final class Background {
    /**
     * Lean JVM settings for a process that runs all day: serial GC, C1 only, a heap that may grow to
     * hold a big desktop's capture but shrinks back close to what is live after it (free ratios
     * 10–20 %; 5–15 % cost idle CPU in full collections), a young generation of at most 4 MB (its pages are all touched between collections,
     * so they count whole in the resident memory) and 8-byte object headers (Java 25; experimental
     * on 24, unknown and ignored before). Each took 1–3 MiB off the resident memory after the
     * bench's hour (bench/README.md). The installer's launcher gets the same options
     * (package/build; {@code PackageOptionsTest} keeps them equal).
     */
    static final List<String> JVM = List.of("--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xms8m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:MaxNewSize=4m",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=32m", "-Xss512k",
            "-XX:+UnlockExperimentalVMOptions", "-XX:+UseCompactObjectHeaders", "-XX:+IgnoreUnrecognizedVMOptions", "-Xshare:auto");

    private Background() {}

    static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path", "");
        if (Files.isExecutable(java) && !classPath.isBlank()) {
            cmd.add(java.toString());
            cmd.addAll(JVM);
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(TrackerMain.class.getName());
        } else {
            // A jpackage launcher: the runtime has no bin/java, the launcher itself starts the JVM.
            cmd.add(ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("cannot tell how this program was started")));
        }
        cmd.addAll(args);
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) cmd.add(0, "/usr/bin/setsid");
        return cmd;
    }

    /** Starts the process and waits for it to answer; the answer, or empty with the reason on {@code err}. */
    static Optional<JsonNode> spawn(Ctx ctx, TrackerConfig config, List<String> args) throws IOException, InterruptedException {
        Files.createDirectories(config.logDir());
        Path out = config.logDir().resolve("background.out");
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(ctx.env());
        // glibc gives each thread that allocates its own 64 MB malloc arena; AWT, ImageIO and the
        // hooks each touch one, which grew the resident set by ~100 MB in an hour for no gain.
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        long size = Files.exists(out) ? Files.size(out) : 0;
        Process p = pb.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> status = Control.send(config.socket(), Control.request("status"));
            if (status.isPresent() && status.get().path("pid").asLong() != 0) return status;
            if (!p.isAlive()) {
                String text = Files.exists(out) ? Files.readString(out) : "";
                ctx.err().print(text.length() > size ? text.substring((int) size) : TrackerConfig.command() + ": the tracker process ended at once (exit " + p.exitValue() + ")\n");
                return Optional.empty();
            }
            Thread.sleep(100);
        }
        ctx.err().println(TrackerConfig.command() + ": the tracker process did not answer within 60 s; see " + out);
        return Optional.empty();
    }
}
