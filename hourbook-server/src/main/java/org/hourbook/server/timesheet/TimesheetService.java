package org.hourbook.server.timesheet;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hourbook.core.money.Money;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.Hours;
import org.hourbook.core.week.Timesheet;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.store.Database;

/** The weekly timesheet of a contract (billing week Mon–Sun UTC), as data and as CSV. */
public final class TimesheetService {
    private final Database db;
    private final ContractService contracts;
    private final Clock clock;

    public TimesheetService(Database db, ContractService contracts, Clock clock) {
        this.db = db;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** @param anyDay any day of the wanted billing week; {@code null} for the current week */
    public Sheet week(Viewer viewer, long contractId, LocalDate anyDay) {
        BillingWeek week = anyDay == null ? BillingWeek.of(clock.instant()) : BillingWeek.containing(anyDay);
        // The rate, limit and rounding in force that week, not today's: a final timesheet never changes.
        Visible v = contracts.inForce(contracts.visible(viewer, contractId), week);
        List<Segment> segments = db.segments().findByContract(contractId, week.start(), week.end());
        Timesheet t = Timesheet.of(v.terms(), week, segments);
        return new Sheet(v, t, t.isFinal(clock.instant()));
    }

    /** @param contract the contract with the billing terms in force in the sheet's week */
    public record Sheet(Visible contract, Timesheet timesheet, boolean isFinal) {}

    /** CSV with one row per day and a total row; every cell is defused against formula injection. */
    public String csv(Sheet sheet) {
        Timesheet t = sheet.timesheet();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            String currency = sheet.contract().terms().currency();
            String rate = new Money(t.rateMinor(), currency).toDecimalString();
            // "final" tells a reader whether these figures may still change (the week is locked or not).
            csv.printRecord(safe("contract"), safe(sheet.contract().terms().title()), safe("week"), safe(t.week().monday().toString()),
                    safe("currency"), safe(currency), "rate_per_hour", rate, "weekly_limit_hours",
                    t.weeklyLimitHours() == null ? "" : t.weeklyLimitHours(), "status", sheet.isFinal() ? "final" : "open");
            // New columns go last, so that readers of the earlier six columns keep working.
            csv.printRecord("date", "tracked_hours", "manual_hours", "over_limit_hours", "billable_hours", "amount", "protected_hours",
                    "rate");
            for (Timesheet.Day d : t.days()) {
                csv.printRecord(d.date(), Hours.decimal(d.trackedSeconds()), Hours.decimal(d.manualSeconds()),
                        Hours.decimal(d.overLimitSeconds()), Hours.decimal(d.billableSeconds()), d.amount().toDecimalString(),
                        Hours.decimal(d.protectedSeconds()), rate);
            }
            csv.printRecord("total", t.trackedHours(), t.manualHours(), t.overLimitHours(), t.billableHours(), t.amount().toDecimalString(),
                    t.protectedHours(), rate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A spreadsheet runs a cell that starts with = + - @ TAB or CR as a formula; a leading '
     * makes it text. Applied to every cell that carries user-controlled text.
     */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
