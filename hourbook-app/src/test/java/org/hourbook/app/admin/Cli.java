package org.hourbook.app.admin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.hourbook.app.Main;

/** Runs {@code hourbook ...} in-process, as an operator's shell would, and keeps what it printed. */
final class Cli {
    private final Map<String, String> env;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    Cli(Map<String, String> env) {
        this.env = env;
    }

    /** Runs the command line; its output replaces the previous command's. */
    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Main.launch(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(), Instant.now()).exitCode();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The token of the {@code password-link <url>} line. */
    String passwordLinkToken() {
        return out().lines().filter(l -> l.startsWith("password-link ")).findFirst()
                .map(l -> l.substring(l.lastIndexOf('/') + 1)).orElseThrow(() -> new AssertionError("no password-link line in:\n" + out()));
    }

    String passwordLink() {
        return out().lines().filter(l -> l.startsWith("password-link ")).findFirst()
                .map(l -> l.substring("password-link ".length())).orElseThrow(() -> new AssertionError("no password-link line in:\n" + out()));
    }
}
