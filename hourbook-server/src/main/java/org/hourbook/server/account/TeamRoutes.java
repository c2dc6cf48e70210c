package org.hourbook.server.account;

import io.javalin.config.RoutesConfig;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.Paths;

/** {@code GET /api/v1/teams/{orgId}}: the agency lead's team, today and this week. */
public final class TeamRoutes {
    private TeamRoutes() {}

    public static void register(RoutesConfig routes, TeamService teams) {
        routes.get("/api/v1/teams/{orgId}", ctx -> ctx.json(teams.team(Auth.require(ctx), Paths.longParam(ctx, "orgId", "team"))));
    }
}
