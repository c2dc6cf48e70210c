package org.hourbook.server.diary;

import java.time.LocalDate;
import java.util.List;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.diary.DiaryService.Permissions;
import org.hourbook.server.screenshot.ScreenshotUrls;

/**
 * The diary day as the template shows it: already laid out in rows of the viewer's hours, so the
 * template only loops and escapes.
 */
public record DiaryPage(
        Viewer viewer,
        long contractId,
        String title,
        String parties,
        LocalDate date,
        String dateLabel,
        boolean utc,
        String zoneLabel,
        String dayTotal,
        String weekTotal,
        String limitLine,
        boolean weekOverLimit,
        List<HourRow> hours,
        Permissions permissions,
        List<String> labels,
        Form form,
        LocalDate today,
        List<ManualSlots.Choice> manualFrom,
        List<ManualSlots.Choice> manualTo) {

    /** One hour of the viewer's day with six slots; a slot without a segment is {@code empty}. */
    public record HourRow(String label, String total, List<Card> slots) {
        /** An hour without any time is drawn as a slim line, so the worked hours stand out. */
        public boolean idle() {
            return slots.stream().allMatch(Card::empty);
        }

        /** "h0100", or "h0100EDT" on a DST day, where two rows can share a clock time. */
        public String anchor() {
            return "h" + label.replaceAll("[^0-9A-Za-z]", "");
        }
    }

    public record Card(
            String id,
            boolean empty,
            String range,
            int bars,
            String memo,
            String label,
            boolean manual,
            boolean overLimit,
            boolean hasScreenshot,
            String trackedText) {}

    /** Inline feedback: a notice after success, an error bound to a field, and the values typed. */
    public record Form(String notice, String error, String errorField, String from, String to, String memo) {
        public static Form empty() {
            return new Form(null, null, null, "", "", "");
        }

        /** The manual-time form's values again, with a message next to it. */
        Form withError(String message) {
            return new Form(null, message, "manual", from, to, memo);
        }
    }

    public String dayHref(LocalDate d, boolean inUtc) {
        return DiaryUrls.day(contractId, d, inUtc);
    }

    public String todayHref() {
        return DiaryUrls.today(contractId, utc);
    }

    public String prevHref() {
        return dayHref(date.minusDays(1), utc);
    }

    public String nextHref() {
        return dayHref(date.plusDays(1), utc);
    }

    /** The diary never leads into days that cannot hold time yet. */
    public boolean hasNext() {
        return date.isBefore(today);
    }

    /** Manual time is never in the future, so a later day offers no form (and says why). */
    public boolean future() {
        return date.isAfter(today);
    }

    public String timesheetHref() {
        return ContractUrls.timesheet(contractId) + "?date=" + weekStart();
    }

    /** The billing week (Monday-Sunday UTC) the timesheet link opens, as the timesheet page picks it. */
    public LocalDate weekStart() {
        return org.hourbook.core.week.BillingWeek.containing(date).monday();
    }

    public String auditHref() {
        return ContractUrls.audit(contractId);
    }

    public String settingsHref() {
        return ContractUrls.settings(contractId);
    }

    /** A segment's own page; like the per-minute fragment it keeps the UTC switch (times read the same). */
    public String segmentHref(Card c) {
        return DiaryUrls.segment(contractId, c.id(), utc);
    }

    public String minutesHref(Card c) {
        return DiaryUrls.minutes(contractId, c.id(), utc);
    }

    public String labelHref(Card c) {
        return DiaryUrls.label(contractId, c.id());
    }

    public String thumbHref(Card c) {
        return ScreenshotUrls.thumb(contractId, c.id());
    }

    public String screenshotHref(Card c) {
        return ScreenshotUrls.image(contractId, c.id());
    }

    public String memoAction() {
        return DiaryUrls.memo(contractId);
    }

    public String confirmDeleteAction() {
        return DiaryUrls.confirmDelete(contractId);
    }

    public String deleteAction() {
        return DiaryUrls.delete(contractId);
    }

    public String manualAction() {
        return DiaryUrls.manual(contractId);
    }

    public String dayAction() {
        return DiaryUrls.day(contractId);
    }

    public String selfHref() {
        return dayHref(date, utc);
    }

    public boolean readOnly() {
        return permissions.readOnlyReason() != null;
    }

    public boolean hasSegments() {
        return hours.stream().anyMatch(h -> h.slots().stream().anyMatch(c -> !c.empty()));
    }
}
