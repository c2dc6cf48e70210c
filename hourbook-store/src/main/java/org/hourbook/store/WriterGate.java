package org.hourbook.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets one transaction at a time into an embedded SQLite database, queueing the others in the
 * JVM. SQLite has one writer, and every transaction here starts with {@code BEGIN IMMEDIATE};
 * without the gate, the losers wait in SQLite's busy handler, which polls with sleeps of 1, 2,
 * 5, 10, 15, 20, 25 … ms, so four trackers uploading at once spent most of each request asleep
 * (bench/README.md, ingest). A fair lock hands over the moment the holder commits, in arrival
 * order. The busy timeout stays for other processes (a backup, the CLI) on the same file.
 * PostgreSQL has row locks and needs no gate.
 */
sealed interface WriterGate {

    <T> T through(Supplier<T> work);

    static WriterGate forDialect(Dialect dialect) {
        return dialect == Dialect.SQLITE ? new Single() : Open.INSTANCE;
    }

    /** One transaction at a time; re-entrant, so a transaction's own nested calls pass. */
    final class Single implements WriterGate {
        private final ReentrantLock lock = new ReentrantLock(true);

        @Override
        public <T> T through(Supplier<T> work) {
            lock.lock();
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }
    }

    enum Open implements WriterGate {
        INSTANCE;

        @Override
        public <T> T through(Supplier<T> work) {
            return work.get();
        }
    }
}
