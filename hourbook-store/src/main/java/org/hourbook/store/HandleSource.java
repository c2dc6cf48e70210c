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

    /** Runs {@code work} atomically: inside the bound transaction, or in a new one. */
    default <T> T atomically(Function<Handle, T> work) {
        return switch (this) {
            case Pooled p -> p.gate().through(() -> p.writer().inTransaction(work::apply));
            case Bound b -> work.apply(b.handle());
        };
    }
}
