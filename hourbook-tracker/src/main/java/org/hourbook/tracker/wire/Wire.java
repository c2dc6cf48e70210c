package org.hourbook.tracker.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hourbook.core.segment.MinuteActivity;

/** The API's wire records (same JSON as the server's) and the one mapper that reads and writes them. */
public final class Wire {
    private Wire() {}

    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** {@code POST /api/v1/auth/tokens}. */
    public record TokenRequest(String email, String password, String kind, String name) {}

    /** Its 201 answer. */
    public record TokenIssued(long id, String name, String kind, String token, Instant createdAt) {}

    /** {@code GET /api/v1/me}. */
    public record Me(long id, String email, String name, String zone, List<Membership> memberships) {}

    public record Membership(long orgId, String orgName, String orgKind, String role) {}

    /** One of {@code GET /api/v1/contracts}. */
    public record Contract(long id, long freelancerId, String title, long rateMinor, String currency, Integer weeklyLimitHours,
                           boolean manualTimeAllowed, List<String> activityLabels, String screenshotPolicy, int idleMinutes,
                           String zone, String status, String rounding, Rights rights) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    public record Rights(List<String> relations, boolean viewDiary, boolean editTime, boolean editLabels) {}

    /** {@code POST /api/v1/contracts/{id}/segments}. */
    public record SegmentBatch(List<SegmentUpload> segments) {}

    public record SegmentUpload(UUID id, Instant start, Integer trackedSeconds, List<MinuteActivity> minutes, String memo, String label) {}

    /** The batch answer: {@code code} etc. set when some item failed; per item, what happened. */
    public record BatchResult(String code, String field, String message, List<UploadResult> results) {}

    /** inserted, replayed, rejected, conflict, overlap or deleted. */
    public record UploadResult(UUID id, String status, String code, String field, String message) {
        public boolean stored() {
            return "inserted".equals(status) || "replayed".equals(status);
        }
    }

    /** Every error answer: {@code {code, field, message}}. */
    public record ErrorBody(String code, String field, String message) {}

    /** {@code GET .../timesheet?week=}: only what the tracker shows. */
    public record Timesheet(java.time.LocalDate weekStart, String isoWeek, boolean isFinal, Integer weeklyLimitHours, long trackedSeconds,
                            long manualSeconds, long overLimitSeconds, long billableSeconds) {}
}
