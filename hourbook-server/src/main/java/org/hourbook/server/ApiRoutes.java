package org.hourbook.server;

import io.javalin.config.RoutesConfig;
import org.hourbook.server.auth.AuthRoutes;

/** Every {@code /api/v1} route, registered feature by feature. */
final class ApiRoutes {
    static final String BASE = "/api/v1";

    private ApiRoutes() {}

    static void register(RoutesConfig routes, Services services) {
        routes.get(BASE + "/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
        AuthRoutes.register(routes, services);
    }
}
