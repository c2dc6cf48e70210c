package org.hourbook.store.segment;

import java.util.UUID;
import org.hourbook.core.segment.Segment;

/**
 * What happened to one segment of an uploaded batch.
 * <ul>
 *   <li>{@link Inserted}: new, stored now;</li>
 *   <li>{@link Replayed}: the same id with the same content was stored before: nothing changed,
 *       the stored segment is returned (it may carry a later memo edit or a screenshot);</li>
 *   <li>{@link Conflict}: the same id was stored before with other content;</li>
 *   <li>{@link Overlap}: the freelancer already has a segment at that start (any contract);</li>
 *   <li>{@link Deleted}: the id was stored once and deleted since; it is not stored again.</li>
 * </ul>
 */
public sealed interface SegmentInsert {

    UUID id();

    record Inserted(Segment segment) implements SegmentInsert {
        public UUID id() { return segment.id(); }
    }

    record Replayed(Segment stored) implements SegmentInsert {
        public UUID id() { return stored.id(); }
    }

    record Conflict(UUID id, Segment stored) implements SegmentInsert {}

    record Overlap(UUID id, Segment existing) implements SegmentInsert {}

    /** @param contractId the contract the deleted segment belonged to */
    record Deleted(UUID id, long contractId) implements SegmentInsert {}
}
