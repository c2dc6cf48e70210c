package org.hourbook.server.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hourbook.core.segment.ManualTimePolicy;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.server.web.Fmt;

/**
 * The start and end times the manual-time form offers: exactly the 10-minute grid slots (UTC
 * aligned) that start on the shown day, labelled in the shown zone. A typed clock time could miss
 * the grid in zones whose offset is not a multiple of 10 minutes (Kathmandu +05:45: the slots
 * start at :05, :15, ...), so the form never asks for one; the values are the slots' UTC instants.
 * <pre>
 *  Asia/Kathmandu, 2026-11-20: the day is [18:15Z, 18:15Z + 24 h)
 *  from  00:05 (18:20Z)  00:15 (18:30Z) ... 23:55 (18:10Z next day)
 *  to    00:15           00:25          ... 00:05 next day
 * </pre>
 * On a DST day the repeated (or shifted) local times carry the zone's abbreviation, so the two
 * 01:00 of a fall-back night are told apart.
 * <p>Manual time is never in the future ({@link ManualTimePolicy#endsInFuture}), so on today the
 * lists stop at the last slot that has ended; just after midnight they are empty.
 * <pre>
 *  now = 15:05            14:40   14:50   15:00   15:10
 *  offered                [=======|=======)                from ... 14:50, to ... 15:00
 *  not offered                            [=======)        15:00-15:10 ends after now
 * </pre>
 */
public final class ManualSlots {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter HM_ZONE = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

    /** One option of a select: the UTC instant sent, the local time shown. */
    public record Choice(String value, String label) {}

    record Choices(List<Choice> from, List<Choice> to) {}

    private ManualSlots() {}

    static Choices of(LocalDate date, ZoneId zone, Instant now) {
        ZonedDateTime dayStart = date.atStartOfDay(zone);
        Instant start = dayStart.toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        boolean dst = Fmt.isDstDay(date, zone);
        Instant first = SegmentGrid.isAligned(start) ? start : SegmentGrid.slotEnd(SegmentGrid.slotStart(start));
        List<Choice> from = new ArrayList<>();
        List<Choice> to = new ArrayList<>();
        for (Instant s = first; s.isBefore(end); s = SegmentGrid.slotEnd(s)) {
            Instant e = SegmentGrid.slotEnd(s);
            if (ManualTimePolicy.endsInFuture(e, now)) break;
            from.add(new Choice(s.toString(), label(s, zone, dst, date)));
            to.add(new Choice(e.toString(), label(e, zone, dst, date)));
        }
        return new Choices(from, to);
    }

    /** A time label in the zone; "(next day)" for the last end that spills past local midnight. */
    static String label(Instant at, ZoneId zone, boolean withZone, LocalDate day) {
        ZonedDateTime local = at.atZone(zone);
        String text = (withZone ? HM_ZONE : HM).format(local);
        return local.toLocalDate().isAfter(day) && !local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? text + " (next day)" : text;
    }

}
