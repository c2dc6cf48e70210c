package org.hourbook.server.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.server.web.WebBackend.SegmentDetail;
import org.hourbook.server.web.WebBackend.Viewer;

/** One segment on its own page: the full-size screenshot and the counts of every minute. */
public record SegmentPage(Viewer viewer, long contractId, String segmentId, String title, String range, String memo, String label,
                          boolean manual, boolean overLimit, boolean hasScreenshot, List<MinuteRow> minutes,
                          String backHref, String date, boolean utc, boolean deletable) {

    public record MinuteRow(String time, int keys, int clicks, int scrolls, int moves, boolean active) {}

    public String shotHref() {
        return "/contracts/" + contractId + "/segments/" + segmentId + "/screenshot";
    }

    static SegmentPage of(Viewer viewer, long contractId, String title, SegmentDetail ds, ZoneId zone, String backHref,
                          boolean utc) {
        var s = ds.segment();
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        List<MinuteRow> rows = new ArrayList<>();
        for (int i = 0; i < s.minutes().size(); i++) {
            MinuteActivity m = s.minutes().get(i);
            rows.add(new MinuteRow(hm.format(s.start().plusSeconds(60L * i).atZone(zone)), m.keys(), m.clicks(),
                    m.scrolls(), m.moves(), m.isActive()));
        }
        return new SegmentPage(viewer, contractId, s.id().toString(), title, DiaryLayout.range(s.start(), zone), s.memo(), s.label(),
                s.isManual(), ds.overLimit(), s.screenshot() != null, rows, backHref,
                java.time.LocalDate.ofInstant(s.start(), zone).toString(), utc, ds.deletable());
    }
}
