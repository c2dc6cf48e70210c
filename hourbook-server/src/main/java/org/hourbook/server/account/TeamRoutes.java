package org.hourbook.server.account;

import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;

/** {@code GET /api/v1/teams/{orgId}}: the agency lead's team, today and this week. */
public final class TeamRoutes implements Endpoints.Feature {
    private final TeamService teams;

    public TeamRoutes(TeamService teams) {
        this.teams = teams;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.get("/api/v1/teams/{orgId}").tag("teams").summary("Agency team today and this week")
                .description("Agency OWNER/MANAGER only (404 otherwise): each member's hours and average activity today and this week.")
                .params(Param.path("orgId", "integer", "agency organization id")).response("Team").errors(404),
                ctx -> ctx.json(teams.team(Auth.require(ctx), Params.longParam(ctx, "orgId", "team"))));
    }
}
