package org.hourbook.server.timesheet;

import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.week.Timesheet;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.web.Fmt;

/** A billing week (Monday–Sunday UTC) as a table and a small bar chart drawn in inline SVG. */
public record TimesheetPage(Viewer viewer, long contractId, String title, String parties, String weekLabel,
                            String prevHref, String nextHref, String csvHref, String rate, boolean locked,
                            List<Row> rows, Row total, List<Bar> bars, int chartHeight, String protectedShare) {

    public record Row(String day, String tracked, String manual, String overLimit, String billable,
                      String protectedTime, String amount) {}

    /** One day's column: billable part at the bottom, over-limit part stacked on top (SVG units). */
    public record Bar(String day, int x, int billableY, int billableH, int overY, int overH, String title) {}

    static final int CHART_H = 120;
    static final int COLUMN_W = 44;

    static TimesheetPage of(Viewer viewer, TimesheetService.Sheet sheet, ContractService.Parties parties) {
        var t = sheet.contract().terms();
        long contractId = t.id();
        var week = sheet.timesheet().week().monday();
        List<Row> rows = new ArrayList<>();
        long tr = 0, ma = 0, ov = 0, bi = 0, pr = 0, max = 3600;
        for (Timesheet.Day day : sheet.timesheet().days()) {
            rows.add(row(Fmt.shortDay(day.date()), day.trackedSeconds(), day.manualSeconds(), day.overLimitSeconds(),
                    day.billableSeconds(), day.protectedSeconds(), day.amount().minor(), t.currency()));
            tr += day.trackedSeconds(); ma += day.manualSeconds(); ov += day.overLimitSeconds();
            bi += day.billableSeconds(); pr += day.protectedSeconds();
            max = Math.max(max, day.billableSeconds() + day.overLimitSeconds());
        }
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Timesheet.Day day : sheet.timesheet().days()) {
            int bh = (int) (day.billableSeconds() * CHART_H / max);
            int oh = (int) (day.overLimitSeconds() * CHART_H / max);
            bars.add(new Bar(day.date().getDayOfWeek().name().substring(0, 3), i * COLUMN_W + 6, CHART_H - bh, bh,
                    CHART_H - bh - oh, oh, Fmt.shortDay(day.date()) + ": " + Fmt.hours(day.billableSeconds()) + " billable"
                            + (day.overLimitSeconds() > 0 ? ", " + Fmt.hours(day.overLimitSeconds()) + " over limit" : "")));
            i++;
        }
        // The total's amount is the week's (the one billed, as in the API and CSV), never the sum of
        // the separately rounded day amounts, which can be a cent off.
        return new TimesheetPage(viewer, contractId, t.title(), parties.line(),
                "Week of " + Fmt.day(week) + " (UTC)", TimesheetUrls.page(contractId, week.minusWeeks(1)),
                TimesheetUrls.page(contractId, week.plusWeeks(1)), TimesheetUrls.csv(contractId, week),
                Fmt.money(t.rateMinor(), t.currency()) + " / h", sheet.isFinal(),
                rows, row("Total", tr, ma, ov, bi, pr, sheet.timesheet().amount().minor(), t.currency()), bars, CHART_H,
                bi == 0 ? "—" : Math.round(100.0 * pr / bi) + "%");
    }

    private static Row row(String label, long tr, long ma, long ov, long bi, long pr, long am, String cur) {
        return new Row(label, Fmt.hours(tr), Fmt.hours(ma), Fmt.hours(ov), Fmt.hours(bi), Fmt.hours(pr),
                Fmt.money(am, cur));
    }

    public int chartWidth() {
        return bars.size() * COLUMN_W + 12;
    }
}
