package org.hourbook.store.retainer;

import java.time.Instant;
import org.hourbook.core.retainer.RetainerTerms;

/**
 * A retainer's row: its latest terms (in force from the next cycle when just changed; the history says
 * which cycle had which).
 *
 * @param alertClient the client's contacts get threshold alerts too
 * @param startedAt   the retainer's first cycle is the one holding this instant
 */
public record StoredRetainer(long contractId, RetainerTerms terms, boolean alertClient, Instant startedAt) {}
