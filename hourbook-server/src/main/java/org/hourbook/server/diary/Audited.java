package org.hourbook.server.diary;

import java.time.Instant;
import org.hourbook.core.segment.Segment;

/** What the audit log keeps of a segment: enough to see what changed, not the activity counts. */
public record Audited(String id, Instant start, int trackedSeconds, String memo, String label, String source, String screenshot) {
    public static Audited of(Segment s) {
        return new Audited(s.id().toString(), s.start(), s.trackedSeconds(), s.memo(), s.label(), s.source().name(),
                s.screenshot() == null ? null : s.screenshot().sha256());
    }
}
