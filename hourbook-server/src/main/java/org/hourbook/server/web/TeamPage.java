package org.hourbook.server.web;

import java.time.LocalDate;
import java.util.List;
import org.hourbook.server.web.WebBackend.TeamData;
import org.hourbook.server.web.WebBackend.Viewer;

/** The agency lead's daily check: each member on each contract, today and this week. */
public record TeamPage(Viewer viewer, String agencyName, String today, List<Member> members) {

    public record Member(String name, String contract, String diaryHref, String todayHours, String weekHours,
                         int todayActivity, int weekActivity) {}

    static TeamPage of(Viewer viewer, TeamData d, LocalDate today) {
        return new TeamPage(viewer, d.agencyName(), Fmt.day(today), d.members().stream()
                .map(m -> new Member(m.name(), m.contractTitle(), "/contracts/" + m.contractId() + "/diary?date=" + today,
                        Fmt.hours(m.todaySeconds()), Fmt.hours(m.weekSeconds()), m.todayActivity(), m.weekActivity()))
                .toList());
    }
}
