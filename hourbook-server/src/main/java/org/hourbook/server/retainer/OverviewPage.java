package org.hourbook.server.retainer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hourbook.api.retainer.RetainerStatus;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.retainer.Rollover;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.store.importing.StoredImport;
import org.hourbook.store.retainer.RetainerLink;

/**
 * The retainer page in the app: balance, cycle, progress, the charts, the client's work log,
 * past cycles; for the freelancer also the links, the import and the alert setting; for the
 * client's owners and managers the terms form.
 *
 * @param links   {@code null} when the viewer may not share
 * @param issued  a link just made or rotated: its address, shown this once
 */
public record OverviewPage(Viewer viewer, RetainerService.Seen seen, ContractService.Parties parties, RetainerBook book,
                           List<RetainerLink> links, List<StoredImport> imports, ShareLinkService.Issued issued, String notice,
                           String error, String errorField, Map<String, String> typed) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH);

    public long contractId() {
        return seen.id();
    }

    public String title() {
        return seen.contract().terms().title();
    }

    public RetainerStatus status() {
        return book.status(book.now());
    }

    public PublicPage words() {
        return new PublicPage(status(), "", "", book.now());
    }

    public Chart daily() {
        return Chart.daily(book.perDay(book.current().cycle()));
    }

    public Chart cycles() {
        return Chart.cycles(book.balances());
    }

    public boolean mayCurate() {
        return seen.contract().access().canEditTime();
    }

    public boolean mayChangeTerms() {
        return seen.contract().access().canClose() && !seen.contract().terms().isClosed();
    }

    public boolean mayImport() {
        return mayCurate() && !seen.contract().terms().isClosed();
    }

    public boolean alertClient() {
        return seen.retainer().alertClient();
    }

    public RetainerTerms inForce() {
        return book.schedule().termsFor(book.current().cycle());
    }

    /** The terms from the next cycle when they differ from this cycle's. */
    public RetainerTerms pending() {
        RetainerTerms latest = seen.retainer().terms();
        return latest.equals(inForce()) ? null : latest;
    }

    public static String describe(RetainerTerms t) {
        String rollover = switch (t.rollover()) {
            case Rollover.None n -> "unused hours lapse";
            case Rollover.Carry c -> c.maxSeconds() == null ? "unused hours carry into the next cycle"
                    : "unused hours carry into the next cycle, up to " + org.hourbook.core.retainer.CycleBalance.hours(c.maxSeconds()) + " h";
        };
        return t.capHours().stripTrailingZeros().toPlainString() + " h per cycle, " + t.cycle().describe() + " (" + t.zone().getId()
                + "), " + rollover + (t.overageAllowed() ? ", overage allowed" : ", no overage (warned at the cap)");
    }

    public String when(Instant t) {
        return t == null ? "never" : WHEN.format(t.atZone(viewer.zone()));
    }

    public ZoneId zone() {
        return viewer.zone();
    }

    /** A value for the terms form: what was typed, else the latest terms. */
    public String value(String field) {
        if (typed != null && typed.containsKey(field)) return typed.get(field);
        var spec = RetainerTermsInput.spec(seen.retainer().terms(), seen.retainer().alertClient());
        return switch (field) {
            case "capHours" -> spec.capHours().stripTrailingZeros().toPlainString();
            case "cycle" -> spec.cycle();
            case "cycleDay" -> spec.cycleDay() == null ? "1" : spec.cycleDay().toString();
            case "cycleWeekday" -> spec.cycleWeekday() == null ? "MONDAY" : spec.cycleWeekday();
            case "cycleWeeks" -> spec.cycleWeeks() == null ? "2" : spec.cycleWeeks().toString();
            case "cycleAnchor" -> spec.cycleAnchor() == null ? "" : spec.cycleAnchor();
            case "rollover" -> spec.rollover();
            case "rolloverMaxHours" -> spec.rolloverMaxHours() == null ? "" : spec.rolloverMaxHours().stripTrailingZeros().toPlainString();
            case "overageAllowed" -> Boolean.TRUE.equals(spec.overageAllowed()) ? "on" : "";
            default -> "";
        };
    }

    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    public static List<String> weekdays() {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    }

    static boolean monthly(RetainerTerms t) {
        return t.cycle() instanceof CycleRule.Monthly;
    }
}
