package org.hourbook.server.account;

import java.time.LocalDate;
import java.util.List;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.diary.DiaryUrls;
import org.hourbook.server.web.Fmt;

/** The agency lead's daily check: each member today and this week, with links to their diaries. */
public record TeamPage(Viewer viewer, String agencyName, String today, List<Member> members) {

    /** Activity is -1 when there was no tracked time to measure (shown as a dash, not as 0 bars). */
    public record Member(String name, String todayHours, String weekHours, int todayActivity, int weekActivity,
                         List<ContractLink> contracts) {}

    public record ContractLink(String title, String diaryHref, String weekHours) {}

    /** Members without agency contracts (the owner, a manager) have nothing to show here. */
    static TeamPage of(Viewer viewer, TeamService.Team d, LocalDate today) {
        return new TeamPage(viewer, d.name(), Fmt.day(today), d.members().stream().filter(m -> !m.contracts().isEmpty())
                .map(m -> new Member(m.name(), Fmt.hours(m.todaySeconds()), Fmt.hours(m.weekSeconds()),
                        m.todayActivity() == null ? -1 : m.todayActivity(), m.weekActivity() == null ? -1 : m.weekActivity(),
                        m.contracts().stream().map(c -> new ContractLink(c.title(),
                                DiaryUrls.day(c.contractId(), today, false), Fmt.hours(c.weekSeconds()))).toList()))
                .toList());
    }
}
