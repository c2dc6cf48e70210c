package org.hourbook.server.account;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/** The agency lead's daily check: {@code /team}. */
public final class TeamPages implements Endpoints.Feature {
    public static final String TEAM = "/team";

    private final TeamService teams;
    private final Pages pages;
    private final Clock clock;

    public TeamPages(TeamService teams, Pages pages, Clock clock) {
        this.teams = teams;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", TEAM, "Agency team today and this week (agency owners and managers)")
                .params(Param.query("org", "integer", false, "which agency, for someone who leads several (default: the first)")), this::show);
    }

    /** The team page of one agency (for someone leading several). */
    public static String team(long agencyOrgId) {
        return TEAM + "?org=" + agencyOrgId;
    }

    private void show(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        String org = ctx.queryParam("org");
        long agency;
        try {
            agency = org == null ? teams.agencyLed(v).orElseThrow(() -> Refusal.notFound("team")) : Long.parseLong(org);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("team");
        }
        pages.show(ctx, "account/team.jte", TeamPage.of(v, teams.team(v, agency), LocalDate.now(clock.withZone(v.zone()))));
    }
}
