package org.hourbook.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Violation;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.week.BillingWeek;
import org.hourbook.core.week.EditWindowPolicy;
import org.hourbook.core.week.WeeklyLimitPolicy;
import org.hourbook.server.Services;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.http.ApiException;
import org.hourbook.store.blob.Blob;

/**
 * The pages' backend over the shared {@link Services}, so a rule is enforced the same way for the
 * pages and the JSON API. The services answer "not yours" with a 404 {@link ApiException} and a
 * broken rule with a 4xx one; here those become {@link NotFound} / empty and {@link Refused}.
 */
final class ServicesBackend implements WebBackend {
    private final Services services;

    ServicesBackend(Services services) {
        this.services = services;
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
        return Auth.viewer(ctx).filter(v -> v.method() == org.hourbook.server.auth.Viewer.Method.SESSION)
                .map(v -> new Viewer(v.id(), v.user().name(), v.user().email(), v.user().zone(), v.csrfToken(),
                        agencyOf(v).isPresent(), v));
    }

    @Override
    public void signOut(Context ctx) {
        services.sessions().signOut(ctx);
    }

    @Override
    public List<ContractRow> contracts(Viewer viewer) {
        BillingWeek week = BillingWeek.of(services.clock().instant());
        return services.contracts().list(viewer.principal()).stream().map(Visible::terms)
                .map(t -> new ContractRow(t, orgName(t.clientOrgId()), userName(t.freelancerId()),
                        billed(t, services.db().segments().findByContract(t.id(), week.start(), week.end()))))
                .toList();
    }

    @Override
    public Optional<DiaryData> diary(Viewer viewer, long contractId, LocalDate date, boolean utc) {
        return found(() -> {
            var d = services.diary().day(viewer.principal(), contractId, date, utc);
            var p = d.permissions();
            ContractTerms t = d.contract().terms();
            return new DiaryData(t, orgName(t.clientOrgId()), userName(t.freelancerId()),
                    new Permissions(p.editMemo(), p.delete(), p.addManual(), p.editLabel(), p.readOnlyReason()),
                    d.day(), d.overLimit(), d.weekSeconds(),
                    d.remainingSeconds().isPresent() ? d.remainingSeconds().getAsLong() : null);
        });
    }

    @Override
    public Optional<SegmentDetail> segment(Viewer viewer, long contractId, UUID segmentId) {
        return found(() -> services.contracts().visible(viewer.principal(), contractId)).flatMap(v ->
                services.db().segments().findById(segmentId).filter(s -> s.contractId() == contractId).map(s -> {
                    BillingWeek w = BillingWeek.of(s.start());
                    var week = services.db().segments().findByContract(contractId, w.start(), w.end());
                    var over = WeeklyLimitPolicy.overLimit(week, v.terms().weeklyLimitHours(), v.terms().rounding());
                    boolean deletable = v.access().canEditTime()
                            && EditWindowPolicy.check(s.start(), services.clock().instant(), v.terms().status()).isAccepted();
                    return new SegmentDetail(v.terms().title(), s, over.contains(s.id()), deletable);
                }));
    }

    @Override
    public Optional<Image> screenshot(Viewer viewer, long contractId, UUID segmentId, boolean thumbnail) {
        return found(() -> services.screenshots().open(viewer.principal(), contractId, segmentId, thumbnail)).flatMap(blob -> {
            try (Blob b = blob.orElse(null)) {
                return b == null ? Optional.empty() : Optional.of(new Image(b.mediaType(), b.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Outcome editMemo(Viewer viewer, long contractId, List<UUID> ids, String memo) {
        return change(() -> services.edits().editMemo(viewer.principal(), contractId, ids, memo));
    }

    @Override
    public Outcome setLabel(Viewer viewer, long contractId, UUID segmentId, String label) {
        return change(() -> services.edits().setLabel(viewer.principal(), contractId, List.of(segmentId), label));
    }

    @Override
    public Outcome delete(Viewer viewer, long contractId, List<UUID> ids) {
        return change(() -> services.edits().delete(viewer.principal(), contractId, ids));
    }

    @Override
    public Outcome addManual(Viewer viewer, long contractId, Instant from, Instant to, String memo) {
        return change(() -> services.edits().addManual(viewer.principal(), contractId, from, to, memo).size());
    }

    @Override
    public Optional<TimesheetData> timesheet(Viewer viewer, long contractId, LocalDate weekStart) {
        return found(() -> {
            var sheet = services.timesheets().week(viewer.principal(), contractId, weekStart);
            ContractTerms t = sheet.contract().terms();
            var days = sheet.timesheet().days().stream().map(d -> new TimesheetDay(d.date(), d.trackedSeconds(),
                    d.manualSeconds(), d.overLimitSeconds(), d.billableSeconds(), d.protectedSeconds(), d.amount().minor())).toList();
            return new TimesheetData(t, orgName(t.clientOrgId()), userName(t.freelancerId()),
                    sheet.timesheet().week().monday(), days, sheet.timesheet().amount().minor(), sheet.isFinal());
        });
    }

    @Override
    public Optional<TeamData> team(Viewer viewer) {
        return agencyOf(viewer.principal()).flatMap(orgId -> found(() -> {
            var team = services.teams().team(viewer.principal(), orgId);
            // Members without agency contracts (the owner, a manager) have nothing to show here.
            var members = team.members().stream().filter(m -> !m.contracts().isEmpty()).map(m -> new TeamMember(m.userId(),
                    m.name(), m.todaySeconds(), m.weekSeconds(), m.todayActivity(), m.weekActivity(), m.contracts().stream()
                    .map(c -> new TeamContract(c.contractId(), c.title(), c.todaySeconds(), c.weekSeconds())).toList())).toList();
            return new TeamData(team.name(), members);
        }));
    }

    /** The first agency the viewer leads (owner or manager), if any. */
    private Optional<Long> agencyOf(org.hourbook.server.auth.Viewer v) {
        return v.memberships().stream().filter(m -> m.role() == Role.OWNER || m.role() == Role.MANAGER)
                .filter(m -> services.db().accounts().findOrganization(m.orgId()).map(o -> o.kind() == OrgKind.AGENCY).orElse(false))
                .map(m -> m.orgId()).findFirst();
    }

    /** Runs a read; "not found" (404) becomes empty, anything else propagates. */
    private static <T> Optional<T> found(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (ApiException e) {
            if (e.status() == 404) return Optional.empty();
            throw e;
        }
    }

    private static Outcome change(Supplier<Integer> write) {
        try {
            return new Done(write.get());
        } catch (ApiException e) {
            if (e.status() == 404) return new NotFound();
            if (e.status() >= 400 && e.status() < 500) return new Refused(new Violation(e.code(), e.field(), e.getMessage()));
            throw e;
        }
    }

    private static long billed(ContractTerms t, List<Segment> segments) {
        return segments.stream().mapToLong(s -> TrackedTime.billableSeconds(s, t.rounding())).sum();
    }

    private String userName(long id) {
        return services.db().accounts().findUser(id).map(u -> u.name()).orElse("Unknown");
    }

    private String orgName(long id) {
        return services.db().accounts().findOrganization(id).map(o -> o.name()).orElse("Unknown");
    }
}
