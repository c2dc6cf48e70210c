package org.hourbook.server.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.diary.DiaryDay;
import org.hourbook.core.policy.Violation;
import org.hourbook.core.segment.Segment;

/**
 * What the web pages need from the services, in the pages' own terms. The web layer renders and
 * maps outcomes; the implementation (an adapter over the server's services) decides who may see
 * and change what, so a page that hides a control is never the only guard.
 */
public interface WebBackend {

    /**
     * The signed-in person as the pages need them; {@code principal} is what the services
     * authorize against.
     */
    record Viewer(long userId, String name, String email, ZoneId zone, String csrfToken, boolean agencyLead,
                  org.hourbook.server.auth.Viewer principal) {}

    sealed interface SignIn permits SignedIn, BadCredentials, RateLimited {}

    record SignedIn() implements SignIn {}

    record BadCredentials() implements SignIn {}

    record RateLimited(long retryAfterSeconds) implements SignIn {}

    /** The result of a change: done, refused by a rule, or nothing the viewer may see. */
    sealed interface Outcome permits Done, Refused, NotFound {}

    record Done(int changed) implements Outcome {}

    record Refused(Violation violation) implements Outcome {}

    record NotFound() implements Outcome {}

    /** What the viewer may do on one contract's diary; {@code readOnlyReason} explains a lock. */
    record Permissions(boolean editMemo, boolean delete, boolean addManual, boolean editLabel, String readOnlyReason) {}

    /** One contract in the viewer's list, with this billing week's seconds. */
    record ContractRow(ContractTerms terms, String clientName, String freelancerName, long weekSeconds) {}

    /** A segment and whether it falls beyond the weekly limit. */
    record DiarySegment(Segment segment, boolean overLimit) {}

    /**
     * One segment on its own, with the title of its contract and whether the viewer may delete it
     * (and with it its screenshot) now.
     */
    record SegmentDetail(String contractTitle, Segment segment, boolean overLimit, boolean deletable) {}

    /**
     * Everything behind one diary day: its hour rows (core layout in the shown zone), which of
     * its segments are over the weekly limit, and the billing week of the date: all time in it
     * and the seconds left under the limit ({@code null} when there is no limit).
     */
    record DiaryData(ContractTerms terms, String clientName, String freelancerName, Permissions permissions,
                     DiaryDay day, Set<UUID> overLimit, long weekSeconds, Long remainingSeconds) {}

    /** One UTC day of a billing week's timesheet, in seconds and minor units. */
    record TimesheetDay(LocalDate date, long trackedSeconds, long manualSeconds, long overLimitSeconds,
                        long billableSeconds, long protectedSeconds, long amountMinor) {}

    /**
     * {@code amountMinor} is the week's billed amount as core computes it (rounded once over the
     * week's billable seconds); the days' amounts are rounded on their own and need not add up to it.
     */
    record TimesheetData(ContractTerms terms, String clientName, String freelancerName, LocalDate weekStart,
                         List<TimesheetDay> days, long amountMinor, boolean locked) {}

    /**
     * One agency member today and this week over all their agency contracts; activity is 0..10
     * bars, {@code null} when there was no tracked time to measure.
     */
    record TeamMember(long userId, String name, long todaySeconds, long weekSeconds, Integer todayActivity,
                      Integer weekActivity, List<TeamContract> contracts) {}

    record TeamContract(long contractId, String title, long todaySeconds, long weekSeconds) {}

    record TeamData(String agencyName, List<TeamMember> members) {}

    record Image(String mediaType, byte[] bytes) {}

    /** Checks the password and, when it matches, starts a browser session (sets its cookie). */
    SignIn signIn(Context ctx, String email, String password);

    /** The person signed in on this request, if any (authentication itself happens before the pages). */
    Optional<Viewer> viewer(Context ctx);

    /** Ends the request's session and clears its cookie. */
    void signOut(Context ctx);

    List<ContractRow> contracts(Viewer viewer);

    Optional<DiaryData> diary(Viewer viewer, long contractId, LocalDate date, boolean utc);

    Optional<SegmentDetail> segment(Viewer viewer, long contractId, UUID segmentId);

    Optional<Image> screenshot(Viewer viewer, long contractId, UUID segmentId, boolean thumbnail);

    Outcome editMemo(Viewer viewer, long contractId, List<UUID> segmentIds, String memo);

    Outcome setLabel(Viewer viewer, long contractId, UUID segmentId, String label);

    Outcome delete(Viewer viewer, long contractId, List<UUID> segmentIds);

    /** Manual time over [from, to), both on the 10-minute grid. */
    Outcome addManual(Viewer viewer, long contractId, Instant from, Instant to, String memo);

    Optional<TimesheetData> timesheet(Viewer viewer, long contractId, LocalDate weekStart);

    Optional<TeamData> team(Viewer viewer);
}
