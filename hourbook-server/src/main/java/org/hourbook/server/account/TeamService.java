package org.hourbook.server.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.activity.ActivityLevel;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.diary.DayRange;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.Refusal;
import org.hourbook.store.Database;

/** The agency lead's team view: each member's hours and average activity today and this week. */
public final class TeamService {
    private final Database db;
    private final Clock clock;

    public TeamService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public record Member(long userId, String name, String email, String role, long todaySeconds, long weekSeconds,
                         Integer todayActivity, Integer weekActivity, List<ContractHours> contracts) {}

    public record ContractHours(long contractId, String title, long todaySeconds, long weekSeconds) {}

    public record Team(long orgId, String name, Instant todayStart, BillingWeek week, List<Member> members) {}

    /** The first agency the viewer owns or manages: the one their team page shows. */
    public Optional<Long> agencyLed(Viewer viewer) {
        return viewer.seats().stream().filter(s -> s.org().kind() == OrgKind.AGENCY)
                .filter(s -> s.membership().role() == Role.OWNER || s.membership().role() == Role.MANAGER)
                .map(s -> s.orgId()).findFirst();
    }

    /** Only an OWNER or MANAGER of the agency sees it; for anyone else it does not exist (404). */
    public Team team(Viewer viewer, long orgId) {
        Organization org = db.accounts().findOrganization(orgId)
                .filter(o -> o.kind() == OrgKind.AGENCY)
                .filter(o -> viewer.memberships().stream().anyMatch(m -> m.orgId() == orgId
                        && (m.role() == Role.OWNER || m.role() == Role.MANAGER)))
                .orElseThrow(() -> Refusal.notFound("team"));
        Instant now = clock.instant();
        DayRange today = DayRange.containing(now, viewer.user().zone());
        BillingWeek week = BillingWeek.of(now);
        Instant from = today.start().isBefore(week.start()) ? today.start() : week.start();
        Instant to = today.end().isAfter(week.end()) ? today.end() : week.end();
        // Offers not accepted (yet) have no time and no one working on them.
        List<ContractTerms> agencyContracts = db.contracts().listByAgencyOrg(orgId).stream().filter(c -> !c.status().isOffer()).toList();
        Map<Long, ContractTerms> byId = agencyContracts.stream().collect(Collectors.toMap(ContractTerms::id, c -> c));
        List<Segment> segments = agencyContracts.isEmpty() ? List.of()
                : db.segments().findByContracts(byId.keySet(), from, to);
        List<Member> members = new ArrayList<>();
        for (Membership m : db.accounts().membersOf(orgId)) {
            User u = db.accounts().findUser(m.userId()).orElse(null);
            if (u == null) continue;
            List<Segment> mine = segments.stream().filter(s -> s.freelancerId() == u.id()).toList();
            List<Segment> todays = mine.stream().filter(s -> today.contains(s.start())).toList();
            List<Segment> weeks = mine.stream().filter(s -> week.contains(s.start())).toList();
            List<ContractHours> perContract = agencyContracts.stream().filter(c -> c.freelancerId() == u.id())
                    .map(c -> new ContractHours(c.id(), c.title(), seconds(todays, c), seconds(weeks, c))).toList();
            members.add(new Member(u.id(), u.name(), u.email(), m.role().name(), seconds(todays, byId), seconds(weeks, byId),
                    boxed(ActivityLevel.average(todays)), boxed(ActivityLevel.average(weeks)), perContract));
        }
        members.sort(Comparator.comparing(Member::name));
        return new Team(orgId, org.name(), today.start(), week, members);
    }

    private static long seconds(List<Segment> segments, ContractTerms c) {
        return segments.stream().filter(s -> s.contractId() == c.id()).mapToLong(s -> TrackedTime.billableSeconds(s, c.rounding())).sum();
    }

    private static long seconds(List<Segment> segments, Map<Long, ContractTerms> byId) {
        return segments.stream().mapToLong(s -> TrackedTime.billableSeconds(s, byId.get(s.contractId()).rounding())).sum();
    }

    private static Integer boxed(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }
}
