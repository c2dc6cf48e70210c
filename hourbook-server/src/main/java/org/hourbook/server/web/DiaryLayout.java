package org.hourbook.server.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.server.web.DiaryPage.Card;
import org.hourbook.server.web.DiaryPage.Form;
import org.hourbook.server.web.DiaryPage.HourRow;
import org.hourbook.server.web.WebBackend.DiaryData;
import org.hourbook.server.web.WebBackend.DiarySegment;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * Lays a day's segments out as Upwork's diary does: one row per hour of the shown day, six
 * 10-minute slots per row.
 * <pre>
 *  day in zone:  00:00 ─ 01:00 ─ ... ─ 24:00   (23 or 25 rows on DST days)
 *  row k:        [dayStart + k h, dayStart + (k+1) h)
 *  slot i:       first grid slot >= row start, + i × 10 min
 *  Kathmandu (+5:45): rows start at :00 local, grid slots at :05, :15, ... local
 * </pre>
 */
final class DiaryLayout {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private DiaryLayout() {}

    /** The instants [start, end) of a calendar day in a zone; 23 or 25 hours long on DST days. */
    static Instant[] dayWindow(LocalDate date, ZoneId zone) {
        return new Instant[] {date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant()};
    }

    static ZoneId shownZone(Viewer viewer, boolean utc) {
        return utc ? ZoneOffset.UTC : viewer.zone();
    }

    static DiaryPage page(Viewer viewer, long contractId, LocalDate date, boolean utc, DiaryData data, Form form) {
        ZoneId zone = shownZone(viewer, utc);
        Instant[] window = dayWindow(date, zone);
        ContractTerms terms = data.terms();
        Map<Instant, DiarySegment> byStart = new HashMap<>();
        long daySeconds = 0;
        long dayOver = 0;
        for (DiarySegment ds : data.segments()) {
            byStart.put(ds.segment().start(), ds);
            long billed = Fmt.billedSeconds(ds.segment(), terms.rounding());
            daySeconds += billed;
            if (ds.overLimit()) dayOver += billed;
        }
        List<HourRow> rows = new ArrayList<>();
        for (Instant rowStart = window[0]; rowStart.isBefore(window[1]); rowStart = rowStart.plus(Duration.ofHours(1))) {
            Instant first = SegmentGrid.isAligned(rowStart) ? rowStart : SegmentGrid.slotEnd(SegmentGrid.slotStart(rowStart));
            List<Card> slots = new ArrayList<>(6);
            for (int i = 0; i < 6; i++) {
                Instant slot = first.plusSeconds(600L * i);
                DiarySegment ds = slot.isBefore(window[1]) ? byStart.get(slot) : null;
                slots.add(ds == null ? emptyCard(slot, zone) : card(ds, zone));
            }
            rows.add(new HourRow(HM.format(rowStart.atZone(zone)), slots));
        }
        String limitLine;
        boolean over = false;
        if (terms.weeklyLimitHours() == null) {
            limitLine = "No weekly limit";
        } else {
            long left = terms.weeklyLimitHours() * 3600L - data.weekSeconds();
            over = left < 0;
            limitLine = over
                    ? Fmt.hours(-left) + " over the " + terms.weeklyLimitHours() + " h limit"
                    : Fmt.hours(left) + " left of " + terms.weeklyLimitHours() + " h";
        }
        String dayTotal = Fmt.hours(daySeconds) + (dayOver > 0 ? " (" + Fmt.hours(dayOver) + " over limit)" : "");
        String zoneLabel = utc ? "UTC" : viewer.zone().getId();
        return new DiaryPage(viewer, contractId, terms.title(),
                data.freelancerName() + " for " + data.clientName(), date, Fmt.day(date), utc, zoneLabel,
                dayTotal, Fmt.hours(data.weekSeconds()), limitLine, over, rows, data.permissions(),
                terms.activityLabels(), form == null ? Form.empty() : form);
    }

    static Card card(DiarySegment ds, ZoneId zone) {
        var s = ds.segment();
        return new Card(s.id().toString(), false, range(s.start(), zone), Fmt.activityBars(s), s.memo(), s.label(),
                s.isManual(), ds.overLimit(), s.screenshot() != null,
                s.trackedSeconds() >= 600 ? "" : (s.trackedSeconds() / 60) + " of 10 min tracked");
    }

    private static Card emptyCard(Instant slot, ZoneId zone) {
        return new Card("", true, range(slot, zone), 0, "", null, false, false, false, "");
    }

    static String range(Instant start, ZoneId zone) {
        return HM.format(start.atZone(zone)) + "–" + HM.format(SegmentGrid.slotEnd(start).atZone(zone));
    }
}
