package org.hourbook.server.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.screenshot.ScreenshotUrls;
import org.hourbook.server.web.Fmt;

/** One segment on its own page: the full-size screenshot and the counts of every minute. */
public record SegmentPage(Viewer viewer, long contractId, String segmentId, String title, String range, String memo, String label,
                          boolean manual, boolean overLimit, boolean hasScreenshot, List<MinuteRow> minutes,
                          String backHref, String date, boolean utc, boolean deletable) {

    public record MinuteRow(String time, int keys, int clicks, int scrolls, int moves, boolean active) {}

    public String shotHref() {
        return ScreenshotUrls.image(contractId, segmentId);
    }

    public String confirmDeleteAction() {
        return DiaryUrls.confirmDelete(contractId);
    }

    static SegmentPage of(Viewer viewer, DiaryService.SegmentDetail d, boolean utc) {
        var s = d.segment();
        ZoneId zone = DiaryService.shownZone(viewer, utc);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        List<MinuteRow> rows = new ArrayList<>();
        for (int i = 0; i < s.minutes().size(); i++) {
            MinuteActivity m = s.minutes().get(i);
            rows.add(new MinuteRow(hm.format(s.start().plusSeconds(60L * i).atZone(zone)), m.keys(), m.clicks(),
                    m.scrolls(), m.moves(), m.isActive()));
        }
        LocalDate date = LocalDate.ofInstant(s.start(), zone);
        long contractId = d.contract().id();
        return new SegmentPage(viewer, contractId, s.id().toString(), d.contract().terms().title(), Fmt.slotRange(s.start(), zone),
                s.memo(), s.label(), s.isManual(), d.overLimit(), s.screenshot() != null, rows,
                DiaryUrls.onItsDay(contractId, date, utc, s.id()), date.toString(), utc, d.deletable());
    }
}
