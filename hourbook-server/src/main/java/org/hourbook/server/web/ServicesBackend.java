package org.hourbook.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hourbook.core.access.ContractAccess;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.activity.ActivityLevel;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.diary.DayRange;
import org.hourbook.core.segment.ProtectedTime;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.EditWindowPolicy;
import org.hourbook.core.week.Timesheet;
import org.hourbook.core.week.WeeklyLimitPolicy;
import org.hourbook.server.Services;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.http.ApiException;
import org.hourbook.store.blob.Blob;

/**
 * The pages' backend over the shared {@link Services}: sessions through the auth service, reads
 * through the store with access decided by {@link ContractAccess} (anyone unrelated gets
 * nothing, which the pages show as 404). Changes live in {@link DiaryChanges}.
 */
final class ServicesBackend implements WebBackend {
    private final Services services;
    private final Clock clock;
    private final DiaryChanges changes;

    ServicesBackend(Services services) {
        this.services = services;
        this.clock = services.clock();
        this.changes = new DiaryChanges(services, this);
    }

    @Override
    public SignIn signIn(Context ctx, String email, String password) {
        try {
            services.sessions().signIn(ctx, email, password);
            return new SignedIn();
        } catch (ApiException.TooManyRequests e) {
            return new RateLimited(e.retryAfterSeconds());
        } catch (ApiException e) {
            if (e.status() >= 500) throw e;
            return new BadCredentials();
        }
    }

    @Override
    public Optional<Viewer> viewer(Context ctx) {
        return Auth.viewer(ctx).filter(v -> v.method() == org.hourbook.server.auth.Viewer.Method.SESSION).map(v -> {
            boolean lead = v.memberships().stream().anyMatch(m -> isLead(m.role()) && services.db().accounts()
                    .findOrganization(m.orgId()).map(o -> o.kind() == OrgKind.AGENCY).orElse(false));
            return new Viewer(v.id(), v.user().name(), v.user().email(), v.user().zone(), v.csrfToken(), lead);
        });
    }

    @Override
    public void signOut(Context ctx) {
        services.sessions().signOut(ctx);
    }

    @Override
    public List<ContractRow> contracts(Viewer viewer) {
        BillingWeek week = BillingWeek.of(clock.instant());
        return services.db().contracts().listVisibleTo(viewer.userId()).stream()
                .filter(t -> access(viewer, t).isPresent())
                .map(t -> new ContractRow(t, orgName(t.clientOrgId()), userName(t.freelancerId()),
                        billedSeconds(t, services.db().segments().findByContract(t.id(), week.start(), week.end()))))
                .toList();
    }

    @Override
    public Optional<DiaryData> diary(Viewer viewer, long contractId, Instant from, Instant to) {
        return visible(viewer, contractId).map(ca -> {
            ContractTerms t = ca.terms();
            BillingWeek first = BillingWeek.of(from);
            BillingWeek last = BillingWeek.of(to.minusSeconds(1));
            List<Segment> weeks = services.db().segments().findByContract(contractId, first.start(), last.end());
            Set<UUID> over = overLimit(t, weeks);
            List<DiarySegment> day = weeks.stream().filter(s -> !s.start().isBefore(from) && s.start().isBefore(to))
                    .map(s -> new DiarySegment(s, over.contains(s.id()))).toList();
            long weekSeconds = billedSeconds(t, weeks.stream().filter(s -> first.contains(s.start())).toList());
            return new DiaryData(t, orgName(t.clientOrgId()), userName(t.freelancerId()),
                    permissions(ca.access(), t, to), day, weekSeconds);
        });
    }

    @Override
    public Optional<DiarySegment> segment(Viewer viewer, long contractId, UUID segmentId) {
        return visible(viewer, contractId).flatMap(ca -> services.db().segments().findById(segmentId)
                .filter(s -> s.contractId() == contractId)
                .map(s -> {
                    BillingWeek w = BillingWeek.of(s.start());
                    var week = services.db().segments().findByContract(contractId, w.start(), w.end());
                    return new DiarySegment(s, overLimit(ca.terms(), week).contains(s.id()));
                }));
    }

    @Override
    public Optional<Image> screenshot(Viewer viewer, long contractId, UUID segmentId, boolean thumbnail) {
        return segment(viewer, contractId, segmentId).map(DiarySegment::segment).filter(s -> s.screenshot() != null)
                .flatMap(s -> {
                    String key = thumbnail && s.screenshot().thumbSha256() != null ? s.screenshot().thumbSha256() : s.screenshot().sha256();
                    try {
                        Optional<Blob> blob = services.blobs().open(key);
                        if (blob.isEmpty()) return Optional.empty();
                        try (Blob b = blob.get()) {
                            String type = b.mediaType() != null ? b.mediaType() : s.screenshot().mediaType();
                            return Optional.of(new Image(type, b.readAllBytes()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public Outcome editMemo(Viewer viewer, long contractId, List<UUID> ids, String memo) {
        return changes.editMemo(viewer, contractId, ids, memo);
    }

    @Override
    public Outcome setLabel(Viewer viewer, long contractId, UUID segmentId, String label) {
        return changes.setLabel(viewer, contractId, segmentId, label);
    }

    @Override
    public Outcome delete(Viewer viewer, long contractId, List<UUID> ids) {
        return changes.delete(viewer, contractId, ids);
    }

    @Override
    public Outcome addManual(Viewer viewer, long contractId, Instant from, Instant to, String memo) {
        return changes.addManual(viewer, contractId, from, to, memo);
    }

    @Override
    public Optional<TimesheetData> timesheet(Viewer viewer, long contractId, LocalDate weekStart) {
        return visible(viewer, contractId).map(ca -> {
            ContractTerms t = ca.terms();
            BillingWeek week = BillingWeek.containing(weekStart);
            List<Segment> segments = services.db().segments().findByContract(contractId, week.start(), week.end());
            Timesheet sheet = Timesheet.of(t, week, segments);
            Set<UUID> over = overLimit(t, segments);
            Map<LocalDate, Long> protectedByDay = segments.stream()
                    .filter(s -> !over.contains(s.id()) && ProtectedTime.isProtected(s, false))
                    .collect(Collectors.groupingBy(s -> LocalDate.ofInstant(s.start(), java.time.ZoneOffset.UTC),
                            Collectors.summingLong(s -> TrackedTime.billableSeconds(s, t.rounding()))));
            List<TimesheetDay> days = sheet.days().stream().map(d -> new TimesheetDay(d.date(), d.trackedSeconds(),
                    d.manualSeconds(), d.overLimitSeconds(), d.billableSeconds(), protectedByDay.getOrDefault(d.date(), 0L),
                    Timesheet.amount(d.billableSeconds(), t.rateMinor(), t.currency()).minor())).toList();
            return new TimesheetData(t, orgName(t.clientOrgId()), userName(t.freelancerId()), week.monday(), days,
                    EditWindowPolicy.isLocked(week, clock.instant()));
        });
    }

    @Override
    public Optional<TeamData> team(Viewer viewer) {
        var orgs = services.db().accounts().membershipsOf(viewer.userId()).stream().filter(m -> isLead(m.role()))
                .map(m -> services.db().accounts().findOrganization(m.orgId()).orElse(null))
                .filter(o -> o != null && o.kind() == OrgKind.AGENCY).toList();
        if (orgs.isEmpty()) return Optional.empty();
        Instant now = clock.instant();
        DayRange today = DayRange.containing(now, viewer.zone());
        BillingWeek week = BillingWeek.of(now);
        List<TeamMember> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (var org : orgs) {
            for (ContractTerms t : services.db().contracts().listByAgencyOrg(org.id())) {
                if (t.status() == ContractStatus.CLOSED || !seen.add(t.id())) continue;
                List<Segment> w = services.db().segments().findByContract(t.id(), week.start(), week.end());
                List<Segment> d = services.db().segments().findByContract(t.id(), today.start(), today.end());
                members.add(new TeamMember(t.freelancerId(), userName(t.freelancerId()), t.id(), t.title(),
                        billedSeconds(t, d), billedSeconds(t, w), ActivityLevel.average(d).orElse(0),
                        ActivityLevel.average(w).orElse(0)));
            }
        }
        return Optional.of(new TeamData(orgs.get(0).name(), members));
    }

    /** A contract the viewer may see, with their rights on it. */
    record Visible(ContractTerms terms, ContractAccess access) {}

    Optional<Visible> visible(Viewer viewer, long contractId) {
        return services.db().contracts().find(contractId)
                .flatMap(t -> access(viewer, t).filter(ContractAccess::canViewDiary).map(a -> new Visible(t, a)));
    }

    private Optional<ContractAccess> access(Viewer viewer, ContractTerms t) {
        return ContractAccess.of(viewer.userId(), services.db().accounts().membershipsOf(viewer.userId()), t);
    }

    /**
     * What the viewer may do on a day ending at {@code dayEnd}. The freelancer's edits stop when
     * the contract closes or the week locks; the client's label choice stops only at closing.
     */
    private Permissions permissions(ContractAccess a, ContractTerms t, Instant dayEnd) {
        boolean closed = t.status() == ContractStatus.CLOSED;
        String reason = null;
        if (closed) {
            reason = "This contract is closed, so its diary can no longer change.";
        } else if (a.canEditTime() && EditWindowPolicy.isLocked(BillingWeek.of(dayEnd.minusSeconds(1)), clock.instant())) {
            reason = "This billing week is locked: its timesheet is final. Time can be changed during the week and until Monday 12:00 UTC after it.";
        }
        boolean edit = a.canEditTime() && reason == null;
        boolean client = a.is(ContractAccess.Relation.CLIENT_MEMBER);
        return new Permissions(edit, edit, edit && t.manualTimeAllowed(), client && !closed && a.canEditLabels(), reason);
    }

    static Set<UUID> overLimit(ContractTerms t, List<Segment> segments) {
        Set<UUID> over = new HashSet<>();
        segments.stream().collect(Collectors.groupingBy(s -> BillingWeek.of(s.start())))
                .values().forEach(w -> over.addAll(WeeklyLimitPolicy.overLimit(w, t.weeklyLimitHours(), t.rounding())));
        return over;
    }

    static long billedSeconds(ContractTerms t, List<Segment> segments) {
        return segments.stream().mapToLong(s -> TrackedTime.billableSeconds(s, t.rounding())).sum();
    }

    String userName(long id) {
        return services.db().accounts().findUser(id).map(u -> u.name()).orElse("Unknown");
    }

    private String orgName(long id) {
        return services.db().accounts().findOrganization(id).map(o -> o.name()).orElse("Unknown");
    }

    private static boolean isLead(Role role) {
        return role == Role.OWNER || role == Role.MANAGER;
    }
}
