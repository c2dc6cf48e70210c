package org.hourbook.api.diary;

import java.util.UUID;
import org.hourbook.core.segment.Segment;

/**
 * What happened to one uploaded segment: {@code inserted} (stored as sent, so not echoed back:
 * 50 segments of JSON per answer were a fifth of an upload's cost), {@code replayed} (already
 * stored with the same content; the segment as stored now is returned, with any edits since),
 * {@code conflict} (same id, other content),
 * {@code overlap} (the freelancer already has time in that slot), {@code deleted} (stored once and
 * deleted since: not stored again, not billed) or {@code rejected} (a rule). {@code field} names
 * the item, e.g. {@code segments[2].memo}.
 */
public record UploadResult(UUID id, String status, String code, String field, String message, Segment segment) {

    public static UploadResult inserted(Segment s) {
        return new UploadResult(s.id(), "inserted", null, null, null, null);
    }

    public static UploadResult replayed(Segment stored) {
        return new UploadResult(stored.id(), "replayed", null, null, null, stored);
    }

    public static UploadResult failed(UUID id, String status, String code, String field, String message) {
        return new UploadResult(id, status, code, field, message, null);
    }

    public boolean stored() {
        return status.equals("inserted") || status.equals("replayed");
    }

    /** A final answer the tracker may forget the item on: stored, or deleted by the freelancer since. */
    public boolean settled() {
        return stored() || status.equals("deleted");
    }
}
