package org.hourbook.tracker.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.JournalException;
import org.hourbook.tracker.journal.JournalSegment;

/**
 * The open segment's way into the {@link Journal}, which must never stop tracking: a write the
 * journal cannot take (disk full, file locked) is reported to {@code failed} and the segment
 * stays in memory; closed segments wait in order, and every tick tries them again.
 * <pre>
 *  open        insert ---- checkpoint ---- checkpoint ---- close      (the journal took each)
 *  disk full   insert x    checkpoint x    close -> pending ... next tick: insert, close
 * </pre>
 */
final class SegmentWrites {
    private final Journal journal;
    private final Consumer<JournalException> failed;
    /** Closed segments the journal could not take yet: written by the next tick that can. */
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(JournalSegment segment, java.time.Instant at, boolean held, boolean inserted) {}

    SegmentWrites(Journal journal, Consumer<JournalException> failed) {
        this.journal = journal;
        this.failed = failed;
    }

    /** The new segment's first row; if it fails, the next checkpoint inserts it. */
    void opened(OpenSegment open) {
        quietly(() -> {
            journal.insertOpen(open.snapshot("open"));
            open.inserted = true;
        });
    }

    /** Saves the open segment as it is now, so that a kill loses at most the time since. */
    void checkpoint(OpenSegment open) {
        quietly(() -> {
            if (!open.inserted) {
                journal.insertOpen(open.snapshot("open"));
                open.inserted = true;
            } else {
                journal.checkpoint(open.snapshot("open"));
            }
        });
    }

    /** Closes {@code open} (its run ended) as of {@code at}; {@code held}: not uploaded until input is seen again. */
    void closed(OpenSegment open, java.time.Instant at, boolean held) {
        pending.add(new Pending(open.snapshot("open"), at, held, open.inserted));
        quietly(this::flush);
    }

    /** Writes the closed segments still waiting, oldest first; throws when the journal still cannot take them. */
    void flush() {
        while (!pending.isEmpty()) {
            Pending p = pending.get(0);
            if (!p.inserted()) {
                journal.insertOpen(p.segment());
                pending.set(0, p = new Pending(p.segment(), p.at(), p.held(), true));
            }
            journal.close(p.segment(), p.at(), p.held());
            pending.remove(0);
        }
    }

    /** A journal write whose failure must not stop tracking. */
    void quietly(Runnable write) {
        try {
            write.run();
        } catch (JournalException e) {
            failed.accept(e);
        }
    }
}
