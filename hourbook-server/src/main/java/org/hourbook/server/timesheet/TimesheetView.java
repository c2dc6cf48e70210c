package org.hourbook.server.timesheet;

import java.time.LocalDate;
import java.util.List;
import org.hourbook.core.week.Timesheet;

/** The JSON of a weekly timesheet: seconds per day and in total, money in minor units. */
public record TimesheetView(long contractId, String title, LocalDate weekStart, String isoWeek, boolean isFinal, String rounding,
                            Integer weeklyLimitHours, long trackedSeconds, long manualSeconds, long overLimitSeconds,
                            long billableSeconds, long protectedSeconds, long rateMinor, String currency, long amountMinor,
                            List<DayView> days) {

    /** One UTC day; money in minor units (the core record's Money would leak its helpers into JSON). */
    public record DayView(LocalDate date, long trackedSeconds, long manualSeconds, long overLimitSeconds, long billableSeconds,
                          long protectedSeconds, long amountMinor) {
        static DayView of(Timesheet.Day d) {
            return new DayView(d.date(), d.trackedSeconds(), d.manualSeconds(), d.overLimitSeconds(), d.billableSeconds(),
                    d.protectedSeconds(), d.amount().minor());
        }
    }

    public static TimesheetView of(TimesheetService.Sheet s) {
        Timesheet t = s.timesheet();
        return new TimesheetView(t.contractId(), s.contract().terms().title(), t.week().monday(), t.week().isoWeek(), s.isFinal(),
                t.rounding().name(), t.weeklyLimitHours(), t.trackedSeconds(), t.manualSeconds(), t.overLimitSeconds(),
                t.billableSeconds(), t.protectedSeconds(), t.rateMinor(), t.amount().currency(), t.amount().minor(),
                t.days().stream().map(DayView::of).toList());
    }
}
