package org.hourbook.core.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.TrackedTime;

/**
 * One day of the Work Diary as the viewer sees it: rows of local clock hours, each row holding
 * the 10-minute grid slots that start inside it. "mine" and "UTC" views differ only in the zone.
 * <p>
 * Rows are cut at every local top of the hour and at every offset change, so a day has 24 rows
 * usually, 23 or 25 on DST days, and a 30-minute row on Lord Howe's DST days. Chatham changes
 * its clocks at 02:45/03:45, so its DST days get a 45- and a 15-minute row (24 and 26 rows). The grid is
 * UTC-aligned, so where the zone's offset is not a multiple of 10 minutes the slots do not start
 * at :00 local; a row still lists the slots whose start falls inside it.
 * <pre>
 *  Asia/Kathmandu (+05:45), row "10:00" = [04:15Z, 05:15Z)
 *  UTC grid    04:10 |04:20 |04:30 |04:40 |04:50 |05:00 |05:10 |05:20
 *  local       09:55 |10:05 |10:15 |10:25 |10:35 |10:45 |10:55 |11:05
 *  row 10:00         [  s1     s2     s3     s4     s5     s6  ]        six slots, at :05 ... :55
 *  the slot at 04:10Z (09:55 local) belongs to row 09:00; each slot is in exactly one row
 *
 *  America/New_York, 2026-11-01 (fall back at 02:00 EDT -> 01:00 EST): 25 rows
 *  00:00-04 | 01:00-04 | 01:00-05 | 02:00-05 | ... | 23:00-05
 *  Australia/Lord_Howe, 2026-04-05 (02:00 +11 -> 01:30 +10:30): 25 rows, one of them 30 minutes
 *  00:00+11 | 01:00+11 | 01:30+10:30 (30 min) | 02:00+10:30 | ...
 * </pre>
 * A slot starting before the day and ending inside it (18:10Z..18:20Z when Kathmandu's day
 * starts at 18:15Z) belongs to the previous day: a segment is always shown in exactly one day.
 *
 * @param trackedSeconds tracked (non-manual) seconds as recorded, before billing rounding
 * @param manualSeconds  manual seconds
 */
public record DiaryDay(DayRange range, List<HourRow> rows, long trackedSeconds, long manualSeconds, int segmentCount) {

    public DiaryDay {
        rows = List.copyOf(rows);
    }

    /** A row of the diary: {@code [start, end)} in the viewer's zone, usually one hour. */
    public record HourRow(ZonedDateTime start, ZonedDateTime end, List<Slot> slots) {
        public HourRow {
            slots = List.copyOf(slots);
        }

        public List<Segment> segments() {
            return slots.stream().flatMap(s -> s.segments().stream()).toList();
        }
    }

    /**
     * One grid slot. {@code segments} is empty for an empty slot, and holds one segment in a
     * single freelancer's diary; it is a list so that mixed views never lose time.
     */
    public record Slot(Instant start, ZonedDateTime localStart, List<Segment> segments) {
        public Slot {
            segments = List.copyOf(segments);
        }

        public boolean isEmpty() {
            return segments.isEmpty();
        }
    }

    public static DiaryDay layout(LocalDate day, ZoneId viewerZone, List<Segment> segments) {
        DayRange range = DayRange.of(day, viewerZone);
        Map<Instant, List<Segment>> bySlot = new HashMap<>();
        long tracked = 0;
        long manual = 0;
        int count = 0;
        for (Segment s : segments) {
            Instant slot = SegmentGrid.slotStart(s.start());
            if (!range.contains(slot)) continue;
            bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(s);
            if (s.isManual()) manual += s.trackedSeconds();
            else tracked += s.trackedSeconds();
            count++;
        }
        List<HourRow> rows = new ArrayList<>();
        for (Instant t = range.start(); t.isBefore(range.end()); ) {
            Instant next = nextCut(t, viewerZone, range.end());
            rows.add(new HourRow(t.atZone(viewerZone), next.atZone(viewerZone), slots(t, next, viewerZone, bySlot)));
            t = next;
        }
        return new DiaryDay(range, rows, tracked, manual, count);
    }

    public long totalSeconds() {
        return trackedSeconds + manualSeconds;
    }

    /** The day's time counted as the contract bills it (SEGMENT: 600 s per segment). */
    public long countedSeconds(BillingRounding rounding) {
        return segments().stream().mapToLong(s -> TrackedTime.billableSeconds(s, rounding)).sum();
    }

    public List<Segment> segments() {
        return rows.stream().flatMap(r -> r.segments().stream()).toList();
    }

    private static List<Slot> slots(Instant from, Instant to, ZoneId zone, Map<Instant, List<Segment>> bySlot) {
        List<Slot> out = new ArrayList<>();
        Instant first = SegmentGrid.isAligned(from) ? from : SegmentGrid.slotEnd(SegmentGrid.slotStart(from));
        for (Instant t = first; t.isBefore(to); t = SegmentGrid.slotEnd(t)) {
            out.add(new Slot(t, t.atZone(zone), bySlot.getOrDefault(t, List.of())));
        }
        return out;
    }

    /** The earliest of: the next local top of the hour, the next offset change, the day's end. */
    private static Instant nextCut(Instant t, ZoneId zone, Instant dayEnd) {
        Instant cut = dayEnd;
        ZoneOffsetTransition transition = zone.getRules().nextTransition(t);
        if (transition != null && transition.getInstant().isBefore(cut)) cut = transition.getInstant();
        LocalDateTime nextTop = LocalDateTime.ofInstant(t, zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        // An ambiguous local time (clocks went back) has two instants; take the first one after t.
        for (ZoneOffset offset : zone.getRules().getValidOffsets(nextTop)) {
            Instant candidate = nextTop.toInstant(offset);
            if (candidate.isAfter(t) && candidate.isBefore(cut)) cut = candidate;
        }
        return cut;
    }
}
