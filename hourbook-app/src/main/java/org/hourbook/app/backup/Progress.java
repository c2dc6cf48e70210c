package org.hourbook.app.backup;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A line every {@value #EVERY_FILES} files or every 5 seconds, whichever comes first, so long work shows it moves. */
final class Progress {
    static final int EVERY_FILES = 500;
    private static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintStream out;
    private final Clock clock;
    private final String what;
    private final long total;
    private long done;
    private long bytes;
    private Instant lastLine;

    Progress(PrintStream out, Clock clock, String what, long total) {
        this.out = out;
        this.clock = clock;
        this.what = what;
        this.total = total;
        this.lastLine = clock.instant();
    }

    void file(long size) {
        done++;
        bytes += size;
        Instant now = clock.instant();
        if (done == total) return; // the caller's summary says it
        if (done % EVERY_FILES == 0 || Duration.between(lastLine, now).compareTo(EVERY) >= 0) {
            out.println(what + ": " + done + " of " + total + " files (" + (total == 0 ? 100 : done * 100 / total) + " %, "
                    + megabytes(bytes) + ")");
            lastLine = now;
        }
    }

    static String megabytes(long bytes) {
        return bytes < 1 << 20 ? (bytes + 1023) / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
