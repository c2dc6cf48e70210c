package org.hourbook.server.auth;

import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.store.account.Seat;

/**
 * The signed-in person behind a request, for the API and the pages alike: who they are, where
 * they are a member (with each organization's name and kind, read in the same query), and how
 * they proved it.
 *
 * @param method     how they proved it: a browser session cookie (CSRF applies), or a bearer token
 *                   that is personal (the account's rights) or a tracker's device token (only what
 *                   a tracker does: see {@code Operation.Builder#forDevices})
 * @param csrfToken  the session's synchronizer token; {@code null} for bearer tokens
 */
public record Viewer(User user, List<Seat> seats, Method method, String csrfToken) {

    public enum Method {
        /** A browser session cookie; state-changing requests carry the CSRF token. */
        SESSION,
        /** A personal API token: scripts and integrations, with the account's rights. */
        PERSONAL_TOKEN,
        /** A tracker's device token: contracts, diary totals, uploads and deleting its captures only. */
        DEVICE_TOKEN;

        public boolean bearer() {
            return this != SESSION;
        }
    }

    public Viewer {
        seats = List.copyOf(seats);
    }

    public long id() {
        return user.id();
    }

    public String name() {
        return user.name();
    }

    public String email() {
        return user.email();
    }

    /** The person's own time zone: the diary's "mine". */
    public ZoneId zone() {
        return user.zone();
    }

    public List<Membership> memberships() {
        return seats.stream().map(Seat::membership).toList();
    }

    /** Whether they own or manage an organization of this kind (e.g. an agency lead sees the team page). */
    public boolean leads(OrgKind kind) {
        return seats.stream().anyMatch(s -> s.org().kind() == kind
                && (s.membership().role() == Role.OWNER || s.membership().role() == Role.MANAGER));
    }

    public boolean agencyLead() {
        return leads(OrgKind.AGENCY);
    }
}
