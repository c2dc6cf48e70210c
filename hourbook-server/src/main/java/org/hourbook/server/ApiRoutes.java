package org.hourbook.server;

import io.javalin.config.RoutesConfig;
import org.hourbook.server.account.TeamRoutes;
import org.hourbook.server.audit.AuditRoutes;
import org.hourbook.server.auth.AuthRoutes;
import org.hourbook.server.contract.ContractRoutes;
import org.hourbook.server.diary.DiaryRoutes;
import org.hourbook.server.openapi.OpenApi;
import org.hourbook.server.screenshot.ScreenshotRoutes;
import org.hourbook.server.timesheet.TimesheetRoutes;

/** Every {@code /api/v1} route, registered feature by feature. */
final class ApiRoutes {
    static final String BASE = "/api/v1";

    private ApiRoutes() {}

    static void register(RoutesConfig routes, Services services) {
        routes.get(BASE + "/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
        OpenApi.register(routes, "0.1.0");
        AuthRoutes.register(routes, services);
        ContractRoutes.register(routes, services.contracts());
        DiaryRoutes.register(routes, services.contracts(), services.uploads(), services.edits(), services.diary());
        ScreenshotRoutes.register(routes, services.screenshots(), services.edits());
        TimesheetRoutes.register(routes, services.timesheets());
        AuditRoutes.register(routes, services.contracts(), services.audit());
        TeamRoutes.register(routes, services.teams());
    }
}
