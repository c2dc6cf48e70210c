package org.hourbook.server.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.diary.DiaryDay;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.diary.DiaryPage.Card;
import org.hourbook.server.diary.DiaryPage.Form;
import org.hourbook.server.diary.DiaryPage.HourRow;
import org.hourbook.server.web.Fmt;

/**
 * Turns the core's diary layout ({@link DiaryDay}: one row per hour of the shown day, 23 or 25
 * on DST days, grid slots inside each) into cards with display text.
 */
final class DiaryLayout {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter HM_ZONE = DateTimeFormatter.ofPattern("HH:mm z", java.util.Locale.ENGLISH);

    private DiaryLayout() {}

    static DiaryPage page(Viewer viewer, DiaryService.Day data, ContractService.Parties parties, boolean utc, Form form,
                          Instant now) {
        ZoneId zone = data.zone();
        LocalDate date = data.day().range().date();
        long contractId = data.contract().id();
        LocalDate today = LocalDate.ofInstant(now, zone);
        // On a DST day two rows can read "01:00": the zone's abbreviation tells them apart.
        boolean dst = Fmt.isDstDay(date, zone);
        ContractTerms terms = data.contract().terms();
        long dayOver = 0;
        List<HourRow> rows = new ArrayList<>();
        for (DiaryDay.HourRow row : data.day().rows()) {
            List<Card> slots = new ArrayList<>();
            long rowSeconds = 0;
            for (DiaryDay.Slot slot : row.slots()) {
                if (slot.isEmpty()) {
                    slots.add(emptyCard(slot.start(), zone, dst));
                    continue;
                }
                for (var s : slot.segments()) {
                    rowSeconds += TrackedTime.billableSeconds(s, terms.rounding());
                    boolean over = data.overLimit().contains(s.id());
                    if (over) dayOver += TrackedTime.billableSeconds(s, terms.rounding());
                    slots.add(card(s, over, zone, dst));
                }
            }
            rows.add(new HourRow((dst ? HM_ZONE : HM).format(row.start()), rowSeconds == 0 ? "" : Fmt.hours(rowSeconds), slots));
        }
        long daySeconds = data.day().countedSeconds(terms.rounding());
        String limitLine;
        boolean over = false;
        if (terms.weeklyLimitHours() == null || data.remainingSeconds().isEmpty()) {
            limitLine = "No weekly limit";
        } else {
            long beyond = data.weekSeconds() - terms.weeklyLimitHours() * 3600L;
            over = beyond > 0;
            limitLine = over
                    ? Fmt.hours(beyond) + " over the " + terms.weeklyLimitHours() + " h limit"
                    : Fmt.hours(data.remainingSeconds().getAsLong()) + " left of " + terms.weeklyLimitHours() + " h";
        }
        String dayTotal = Fmt.hours(daySeconds) + (dayOver > 0 ? " (" + Fmt.hours(dayOver) + " over limit)" : "");
        String zoneLabel = utc ? "UTC" : viewer.zone().getId();
        ManualSlots.Choices slots = ManualSlots.of(date, zone, now);
        return new DiaryPage(viewer, contractId, terms.title(),
                parties.line(), date, Fmt.day(date), utc, zoneLabel,
                dayTotal, Fmt.hours(data.weekSeconds()), limitLine, over, rows, data.permissions(),
                terms.activityLabels(), form == null ? Form.empty() : form, today, slots.from(), slots.to());
    }

    /** {@code withZone}: on a DST day a card says which 01:00 it is ("01:00–01:10 EST"). */
    static Card card(Segment s, boolean overLimit, ZoneId zone, boolean withZone) {
        return new Card(s.id().toString(), false, Fmt.slotRange(s.start(), zone) + (withZone ? " " + ZONE.format(s.start().atZone(zone)) : ""), Fmt.activityBars(s), s.memo(), s.label(),
                s.isManual(), overLimit, s.screenshot() != null,
                s.trackedSeconds() >= 600 ? "" : (s.trackedSeconds() / 60) + " of 10 min tracked");
    }

    private static Card emptyCard(Instant slot, ZoneId zone, boolean withZone) {
        return new Card("", true, Fmt.slotRange(slot, zone) + (withZone ? " " + ZONE.format(slot.atZone(zone)) : ""), 0, "", null, false, false, false, "");
    }

}
