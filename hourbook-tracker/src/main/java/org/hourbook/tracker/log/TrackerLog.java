package org.hourbook.tracker.log;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The tracker's own log in its data directory ({@code logs/tracker.0.log}, rotated at 1 MB, five
 * files kept): one line per event, tagged with what it is about — launch, permission, capture,
 * sync, journal, session — so "what failed" is a grep away. Never holds input or screen content.
 */
public final class TrackerLog implements AutoCloseable {
    static final int LIMIT = 1024 * 1024;
    static final int COUNT = 5;

    private final Handler handler;
    private final Path dir;
    private final boolean echo;

    private TrackerLog(Handler handler, Path dir, boolean echo) {
        this.handler = handler;
        this.dir = dir;
        this.echo = echo;
    }

    /** Logs to {@code dir}; when the folder cannot be written, to stderr only (and says so). */
    public static TrackerLog in(Path dir, boolean echoToStderr) {
        try {
            Files.createDirectories(dir);
            FileHandler h = new FileHandler(dir.resolve("tracker.%g.log").toString(), LIMIT, COUNT, true);
            h.setFormatter(new Line());
            h.setLevel(Level.ALL);
            return new TrackerLog(h, dir, echoToStderr);
        } catch (IOException | RuntimeException e) {
            System.err.println("hourbook-tracker: cannot write the log in " + dir + " (" + e.getMessage() + "); logging to stderr");
            return new TrackerLog(null, dir, true);
        }
    }

    /** For tests and one-shot commands that need no file. */
    public static TrackerLog stderr() {
        return new TrackerLog(null, null, true);
    }

    public static TrackerLog silent() {
        return new TrackerLog(null, null, false);
    }

    public Path dir() {
        return dir;
    }

    public Path current() {
        return dir == null ? null : dir.resolve("tracker.0.log");
    }

    public void info(String area, String message) {
        write(Level.INFO, area, message, null);
    }

    public void problem(String area, String message, Throwable cause) {
        write(Level.WARNING, area, message, cause);
    }

    private void write(Level level, String area, String message, Throwable cause) {
        LogRecord r = new LogRecord(level, area + ": " + message);
        r.setInstant(Instant.now());
        r.setThrown(cause);
        if (handler != null) {
            handler.publish(r);
            handler.flush();
        }
        if (echo) System.err.print(new Line().format(r));
    }

    @Override
    public void close() {
        if (handler != null) handler.close();
    }

    static final class Line extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder(120).append(r.getInstant()).append(' ')
                    .append(r.getLevel() == Level.INFO ? "info " : "PROBLEM ").append(r.getMessage()).append('\n');
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }
    }
}
