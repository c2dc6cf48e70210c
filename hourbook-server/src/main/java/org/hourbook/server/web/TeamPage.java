package org.hourbook.server.web;

import java.time.LocalDate;
import java.util.List;
import org.hourbook.server.web.WebBackend.TeamData;
import org.hourbook.server.web.WebBackend.Viewer;

/** The agency lead's daily check: each member today and this week, with links to their diaries. */
public record TeamPage(Viewer viewer, String agencyName, String today, List<Member> members) {

    /** Activity is -1 when there was no tracked time to measure (shown as a dash, not as 0 bars). */
    public record Member(String name, String todayHours, String weekHours, int todayActivity, int weekActivity,
                         List<ContractLink> contracts) {}

    public record ContractLink(String title, String diaryHref, String weekHours) {}

    static TeamPage of(Viewer viewer, TeamData d, LocalDate today) {
        return new TeamPage(viewer, d.agencyName(), Fmt.day(today), d.members().stream()
                .map(m -> new Member(m.name(), Fmt.hours(m.todaySeconds()), Fmt.hours(m.weekSeconds()),
                        m.todayActivity() == null ? -1 : m.todayActivity(), m.weekActivity() == null ? -1 : m.weekActivity(),
                        m.contracts().stream().map(c -> new ContractLink(c.title(),
                                "/contracts/" + c.contractId() + "/diary?date=" + today, Fmt.hours(c.weekSeconds()))).toList()))
                .toList());
    }
}
