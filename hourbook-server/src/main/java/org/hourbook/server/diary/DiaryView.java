package org.hourbook.server.diary;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.activity.ActivityLevel;
import org.hourbook.core.diary.DiaryDay;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.screenshot.ScreenshotUrls;

/** The JSON of {@code GET /api/v1/contracts/{id}/diary}. */
public record DiaryView(long contractId, LocalDate date, String zone, Instant dayStart, Instant dayEnd, Totals totals,
                        DiaryService.Permissions permissions, List<Hour> hours) {

    public record Totals(long daySeconds, long dayManualSeconds, int daySegments, LocalDate weekStart, long weekSeconds,
                         long weekBillableSeconds, Integer weeklyLimitHours, Long remainingSeconds) {}

    /** {@code GET /api/v1/contracts/{id}/segments/{sid}}: one segment and what the diary says of it. */
    public record Detail(SegmentView segment, boolean overLimit, boolean deletable, boolean protectedTime) {}

    public record Hour(Instant start, Instant end, String localStart, List<SegmentView> segments) {}

    @JsonSerialize(using = SegmentViewJson.class)
    public record SegmentView(UUID id, Instant start, Instant end, int trackedSeconds, String source, boolean manual,
                              boolean overLimit, Integer activityLevel, List<MinuteActivity> minutes, String memo, String label,
                              String screenshotUrl, String thumbnailUrl, Instant screenshotTakenAt) {

        public static SegmentView of(Segment s, boolean overLimit) {
            var level = ActivityLevel.of(s);
            boolean shot = s.screenshot() != null;
            return new SegmentView(s.id(), s.start(), s.end(), s.trackedSeconds(), s.source().name().toLowerCase(java.util.Locale.ROOT),
                    s.isManual(), overLimit, level.isPresent() ? level.getAsInt() : null, s.minutes(), s.memo(), s.label(),
                    shot ? ScreenshotUrls.apiImage(s.contractId(), s.id()) : null,
                    shot ? ScreenshotUrls.apiThumbnail(s.contractId(), s.id()) : null, shot ? s.screenshot().takenAt() : null);
        }
    }

    public static DiaryView of(DiaryService.Day d) {
        DiaryDay day = d.day();
        Set<UUID> over = d.overLimit();
        List<Hour> hours = day.rows().stream().map(r -> new Hour(r.start().toInstant(), r.end().toInstant(),
                r.start().toLocalTime().toString(), r.segments().stream().map(s -> SegmentView.of(s, over.contains(s.id()))).toList())).toList();
        var t = d.contract().terms();
        Totals totals = new Totals(day.countedSeconds(t.rounding()), day.manualSeconds(), day.segmentCount(), d.week().monday(), d.weekSeconds(),
                d.weekBillableSeconds(), t.weeklyLimitHours(), d.remainingSeconds().isPresent() ? d.remainingSeconds().getAsLong() : null);
        return new DiaryView(t.id(), day.range().date(), d.zone().getId(), day.range().start(), day.range().end(), totals, d.permissions(), hours);
    }
}
