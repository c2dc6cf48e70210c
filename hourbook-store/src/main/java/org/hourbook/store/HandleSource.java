package org.hourbook.store;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How a repository gets a handle: from the pool for each call, or the one handle of a running
 * transaction, so that the same repository code works both ways.
 */
public sealed interface HandleSource {

    <T> T with(Function<Handle, T> work);

    /** A fresh pooled handle per call (auto-commit, or a transaction the repository opens itself). */
    record Pooled(Jdbi jdbi, Jdbi writer, WriterGate gate) implements HandleSource {
        @Override
        public <T> T with(Function<Handle, T> work) {
            return jdbi.withHandle(work::apply);
        }
    }

    /** The handle of a transaction opened by {@link Database#inTransaction}. */
    record Bound(Handle handle) implements HandleSource {
        @Override
        public <T> T with(Function<Handle, T> work) {
            return work.apply(handle);
        }
    }

    /**
     * Runs one auto-commit write: inside the bound transaction, or on a pooled handle (the
     * thread's open one inside {@link Database#reading}) once the {@link WriterGate} lets it in.
     * Without the gate such a write waits for SQLite's lock in its sleeping busy handler while
     * the gate hands the lock from one transaction to the next, and under load (screenshot
     * attaches, token and link touches beside a stream of uploads) it waited out the busy timeout
     * and failed with SQLITE_BUSY (bench/README.md, trackers per node).
     */
    default <T> T write(Function<Handle, T> work) {
        return switch (this) {
            // The connection first, then the gate: a request inside Database.reading already holds its
            // connection when it writes, so taking the gate first here and then waiting for a pooled
            // connection held by such a request (itself waiting for the gate) would deadlock until the
            // pool's timeout (it did, at 300,000 trackers). The writer's transactions use a connection
            // of their own.
            case Pooled p -> p.jdbi().withHandle(h -> p.gate().through(() -> work.apply(h)));
            case Bound b -> work.apply(b.handle());
        };
    }

    /** Runs {@code work} atomically: inside the bound transaction, or in a new one. */
    default <T> T atomically(Function<Handle, T> work) {
        return switch (this) {
            case Pooled p -> p.gate().through(() -> p.writer().inTransaction(work::apply));
            case Bound b -> work.apply(b.handle());
        };
    }
}
