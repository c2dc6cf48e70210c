package org.hourbook.server.timesheet;

import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.Json;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;

/** {@code GET /api/v1/contracts/{id}/timesheet?week=YYYY-MM-DD[&format=csv]}. */
public final class TimesheetRoutes implements Endpoints.Feature {
    private final TimesheetService timesheets;

    public TimesheetRoutes(TimesheetService timesheets) {
        this.timesheets = timesheets;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.get(TimesheetUrls.API).tag("timesheets").forDevices().summary("Weekly timesheet")
                .description("Billing week Mon–Sun UTC containing `week` (default: this week). `format=csv` returns CSV in which every "
                        + "cell starting with = + - @ TAB or CR is prefixed with ' (formula injection).")
                .params(ContractUrls.API_ID, Param.query("week", "date", false, "any day of the week, YYYY-MM-DD"),
                        Param.query("format", "string", false, "json (default) or csv"))
                .response("Timesheet").errors(404, 422), ctx -> {
                    var sheet = timesheets.week(Auth.require(ctx), Params.contractId(ctx), Params.date(ctx, "week", false));
                    String format = ctx.queryParam("format");
                    if (format == null || format.equals("json")) {
                        Json.answer(ctx, TimesheetView.of(sheet));
                    } else if (format.equals("csv")) {
                        ctx.contentType("text/csv; charset=utf-8");
                        ctx.header("Content-Disposition", "attachment; filename=\"timesheet-" + sheet.contract().id() + "-"
                                + sheet.timesheet().week().monday() + ".csv\"");
                        ctx.result(timesheets.csv(sheet));
                    } else {
                        throw Refusal.invalid("validation", "format", "format is json or csv");
                    }
                });
    }
}
