package org.hourbook.server.web;

import java.time.LocalDate;
import java.util.List;
import org.hourbook.server.web.WebBackend.Permissions;
import org.hourbook.server.web.WebBackend.Viewer;

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
        static Form empty() {
            return new Form(null, null, null, "", "", "");
        }
    }

    public String base() {
        return "/contracts/" + contractId;
    }

    public String dayHref(LocalDate d, boolean inUtc) {
        return base() + "/diary?date=" + d + (inUtc ? "&tz=utc" : "");
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
        return base() + "/timesheet?date=" + weekStart();
    }

    /** The billing week (Monday-Sunday UTC) the timesheet link opens, as the timesheet page picks it. */
    public LocalDate weekStart() {
        return org.hourbook.core.week.BillingWeek.containing(date).monday();
    }

    public String auditHref() {
        return base() + "/audit";
    }

    public String settingsHref() {
        return base() + "/settings";
    }

    /** The thumbnail's page link and per-minute fragment keep the UTC switch (times read the same). */
    public String tzQuery() {
        return utc ? "?tz=utc" : "";
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
