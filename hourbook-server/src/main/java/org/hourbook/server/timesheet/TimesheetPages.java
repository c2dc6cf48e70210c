package org.hourbook.server.timesheet;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/** The weekly timesheet page: the billing week of {@code date} (default: this week). */
public final class TimesheetPages implements Endpoints.Feature {
    private final TimesheetService timesheets;
    private final ContractService contracts;
    private final Pages pages;
    private final Clock clock;

    public TimesheetPages(TimesheetService timesheets, ContractService contracts, Pages pages, Clock clock) {
        this.timesheets = timesheets;
        this.contracts = contracts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", TimesheetUrls.PAGE, "Weekly timesheet page").params(ContractUrls.PAGE_ID,
                Param.query("date", "date", false, "any day of the week, YYYY-MM-DD (default: this week)")), this::show);
    }

    private void show(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        var sheet = timesheets.week(v, WebContext.contractId(ctx), WebContext.date(ctx, LocalDate.now(clock)));
        pages.show(ctx, "timesheet/timesheet.jte", TimesheetPage.of(v, sheet, contracts.parties(sheet.contract().terms())));
    }
}
