package org.hourbook.server.timesheet;

import io.javalin.config.RoutesConfig;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.ApiException;
import org.hourbook.server.http.Json;
import org.hourbook.server.http.Paths;

/** {@code GET /api/v1/contracts/{id}/timesheet?week=YYYY-MM-DD[&format=csv]}. */
public final class TimesheetRoutes {
    private TimesheetRoutes() {}

    public static void register(RoutesConfig routes, TimesheetService timesheets) {
        routes.get("/api/v1/contracts/{id}/timesheet", ctx -> {
            var sheet = timesheets.week(Auth.require(ctx), Paths.contractId(ctx), Paths.date(ctx, "week", false));
            String format = ctx.queryParam("format");
            if (format == null || format.equals("json")) {
                Json.answer(ctx, TimesheetView.of(sheet));
            } else if (format.equals("csv")) {
                ctx.contentType("text/csv; charset=utf-8");
                ctx.header("Content-Disposition", "attachment; filename=\"timesheet-" + sheet.contract().id() + "-"
                        + sheet.timesheet().week().monday() + ".csv\"");
                ctx.result(timesheets.csv(sheet));
            } else {
                throw ApiException.invalid("validation", "format", "format is json or csv");
            }
        });
    }
}
