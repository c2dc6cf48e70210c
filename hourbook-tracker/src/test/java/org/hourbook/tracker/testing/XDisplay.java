package org.hourbook.tracker.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real X display for the desktop tests: Xvfb on a free display number (it picks one and tells
 * us through {@code -displayfd}), with the RECORD extension JNativeHook listens through, and
 * xdotool to generate input on it. Without Xvfb or xdotool the tests are skipped loudly, and with
 * {@code CI=true} they fail instead: CI must never pass by skipping them.
 */
public final class XDisplay implements AutoCloseable, ExecutionCondition {
    static final Path XVFB = Path.of("/usr/bin/Xvfb");
    static final Path XDOTOOL = Path.of("/usr/bin/xdotool");
    static final Path XRANDR = Path.of("/usr/bin/xrandr");
    static final Path TRAYER = Path.of("/usr/bin/trayer");
    static final Path OPENBOX = Path.of("/usr/bin/openbox");

    private final Process xvfb;
    private final String display;
    private final List<Process> helpers = new ArrayList<>();

    private XDisplay(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /** JUnit condition: {@code @ExtendWith(XDisplay.class)}. */
    public XDisplay() {
        this.xvfb = null;
        this.display = null;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(XVFB) && Files.isExecutable(XDOTOOL) && Files.isExecutable(XRANDR) && Files.isExecutable(TRAYER) && Files.isExecutable(OPENBOX)) return ConditionEvaluationResult.enabled("Xvfb and xdotool found");
        String message = "DESKTOP TRACKER TESTS NEED " + XVFB + ", " + XDOTOOL + ", " + XRANDR + ", " + TRAYER + " AND " + OPENBOX
                + " (Debian: apt-get install xvfb xdotool x11-xserver-utils trayer openbox)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException(message + " — failing because CI=true");
        System.err.println("!!! SKIPPED: " + message);
        return ConditionEvaluationResult.disabled("SKIPPED: " + message);
    }

    /**
     * Monitors of the given sizes ({@code w, h, w, h, ...}) side by side, as a desktop with two
     * screens has them: one X screen as wide as all of them, each monitor declared through RandR
     * (Xvfb's Xinerama heads would all sit at 0,0).
     */
    public static XDisplay start(int... sizes) throws IOException {
        int width = 0;
        int height = 0;
        for (int i = 0; i < sizes.length / 2; i++) {
            width += sizes[2 * i];
            height = Math.max(height, sizes[2 * i + 1]);
        }
        List<String> cmd = new ArrayList<>(List.of(XVFB.toString(), "-displayfd", "1", "-nolisten", "tcp", "+extension", "RECORD", "-noreset",
                "-screen", "0", width + "x" + height + "x24"));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String n = r.readLine();
        if (n == null || n.isBlank()) {
            p.destroyForcibly();
            throw new IOException("Xvfb did not start: " + String.join(" ", cmd));
        }
        XDisplay d = new XDisplay(p, ":" + n.trim());
        if (sizes.length > 2) {
            int x = 0;
            for (int i = 0; i < sizes.length / 2; i++) {
                int w = sizes[2 * i];
                int h = sizes[2 * i + 1];
                d.run("xrandr", "--setmonitor", "M" + i, w + "/" + (w / 4) + "x" + h + "/" + (h / 4) + "+" + x + "+0", "none");
                x += w;
            }
        }
        return d;
    }

    public String name() {
        return display;
    }

    /** Runs xdotool on this display and waits for it. */
    public void xdotool(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(XDOTOOL.toString());
        cmd.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError("xdotool " + String.join(" ", args) + " failed: " + out);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Fills the desktop's background with a colour (xsetroot), so a capture can be told from a black screen. */
    public void paint(String colour) {
        run("xsetroot", "-solid", colour);
    }

    /** A fine two-colour plaid on the desktop's background (xsetroot -mod): detail a capture must keep exactly. */
    public void plaid() {
        run("xsetroot", "-mod", "3", "5", "-fg", "#1f3cd2", "-bg", "#f5e11a");
    }

    private void run(String... cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError(String.join(" ", cmd) + " failed: " + out);
        } catch (IOException e) {
            throw new AssertionError(cmd[0] + " is needed (Debian: x11-xserver-utils)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A system tray (trayer) on this display, for tray icons to dock into. */
    public void startTray() throws IOException {
        ProcessBuilder pb = new ProcessBuilder("trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24",
                "--SetDockType", "true").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        helpers.add(pb.start());
    }

    /** A window manager (openbox), as every desktop has: it gives a new window the keyboard focus. */
    public void startWindowManager() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("openbox").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        helpers.add(pb.start());
        Thread.sleep(500);
    }

    /** Names and geometry of every window (xwininfo -root -tree). */
    public String windows() {
        try {
            ProcessBuilder pb = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        for (Process h : helpers) h.destroyForcibly();
        if (xvfb == null) return;
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) xvfb.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
