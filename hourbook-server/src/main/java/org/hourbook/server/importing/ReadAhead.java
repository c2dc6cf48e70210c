package org.hourbook.server.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hourbook.core.importing.ImportPreview;
import org.hourbook.core.importing.ImportedEntry;

/**
 * Reads an import's file on a thread of its own while the caller's thread (the one holding the
 * transaction) stores the batches read so far. Reading and storing each took about half of an
 * import's time (bench/README.md, e), so on two cores they overlap.
 * <pre>
 *  reader   parse b1 | parse b2 | parse b3 | ... | parse bn | preview
 *  caller              store b1 | store b2 | ... | store bn-1 | store bn -> preview
 *                 (at most {@link #QUEUED} batches wait between them: memory stays bounded)
 * </pre>
 * A failure on either side ends both and surfaces on the caller's thread, which then rolls its
 * transaction back: the all-or-nothing of an import does not change.
 */
final class ReadAhead {
    /** Batches read but not yet stored; enough to smooth out a slow batch on either side. */
    static final int QUEUED = 4;

    /** The end of the batches (compared by identity). */
    private static final List<ImportedEntry> END = new ArrayList<>(0);

    private ReadAhead() {}

    /**
     * Runs {@code read} (which hands every entry to the sink it is given, in file order) on a
     * reader thread, and {@code store} on this thread for every full batch and the last partial
     * one, in order; returns what {@code read} returned. Exceptions of either are rethrown here.
     */
    static ImportPreview run(Function<Consumer<ImportedEntry>, ImportPreview> read, int batchSize, Consumer<List<ImportedEntry>> store) {
        BlockingQueue<List<ImportedEntry>> queue = new ArrayBlockingQueue<>(QUEUED);
        FutureTask<ImportPreview> reading = new FutureTask<>(() -> {
            try {
                Batches batches = new Batches(queue, batchSize);
                ImportPreview p = read.apply(batches);
                batches.flush();
                return p;
            } finally {
                // Interrupted means the caller has stopped taking (it failed): nobody waits for the end.
                if (!Thread.currentThread().isInterrupted()) put(queue, END);
            }
        });
        Thread reader = Thread.ofPlatform().daemon().name("hourbook-import-read").start(reading);
        boolean finished = false;
        try {
            for (List<ImportedEntry> b = queue.take(); b != END; b = queue.take()) store.accept(b);
            ImportPreview p = reading.get();
            finished = true;
            return p;
        } catch (ExecutionException e) {
            finished = true;
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } finally {
            if (!finished) {
                reader.interrupt();
                joinQuietly(reader);
            }
        }
    }

    private static void put(BlockingQueue<List<ImportedEntry>> queue, List<ImportedEntry> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Collects the reader's entries into batches and queues each full one. */
    private static final class Batches implements Consumer<ImportedEntry> {
        private final BlockingQueue<List<ImportedEntry>> queue;
        private final int size;
        private List<ImportedEntry> batch;

        Batches(BlockingQueue<List<ImportedEntry>> queue, int size) {
            this.queue = queue;
            this.size = size;
            this.batch = new ArrayList<>(size);
        }

        @Override
        public void accept(ImportedEntry e) {
            batch.add(e);
            if (batch.size() == size) flush();
        }

        void flush() {
            if (batch.isEmpty()) return;
            put(queue, batch);
            batch = new ArrayList<>(size);
        }
    }

    /** The reader stops: the caller gave up (its own failure is the one that counts). */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the import's reader stopped: the caller gave up", null, false, false);
        }
    }
}
