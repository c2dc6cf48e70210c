package org.hourbook.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.CapabilityLinks;
import org.hourbook.store.Database;
import org.hourbook.store.DuplicateException;
import org.hourbook.store.Repositories;
import org.hourbook.store.account.UserStatus;
import org.hourbook.store.auth.LinkPurpose;

/**
 * What an operator does to accounts ({@code hourbook admin}); HTTP-free, so pages can reuse it.
 * Nobody's password passes through here: a new account, and a reset, get a one-time PASSWORD
 * link whose page ({@code /password/{token}}) lets the person choose one.
 * <pre>
 * Created c = admin.createUser(new NewUser("bo@example.org", "Bo", ZoneId.of("UTC"), "Pixel &amp; Co", null, null));
 * publicUrl.of("/password/" + c.link().secret());
 * admin.disable("bo@example.org");          // no sign-in, sessions and tokens end now
 * </pre>
 */
public final class UserAdminService {
    /** A new account's link: as long as an invitation's, since the person may not read it the same day. */
    public static final Duration NEW_ACCOUNT_LINK = Duration.ofDays(7);
    /** A reset link: short, like the emailed one, since it opens an existing account. */
    public static final Duration RESET_LINK = Duration.ofHours(1);
    /** {@code subject} of the PASSWORD links made here, so the page can say "choose" or "reset". */
    public static final String NEW_ACCOUNT = "new-account";
    public static final String RESET = "reset";

    private final Database db;
    private final CapabilityLinks links;
    private final Clock clock;

    public UserAdminService(Database db, CapabilityLinks links, Clock clock) {
        this.db = db;
        this.links = links;
        this.clock = clock;
    }

    /**
     * A person to create; {@code org} (a name or an id) is optional, {@code kind} creates the
     * organization when none has that name, {@code role} defaults by the organization's kind.
     */
    public record NewUser(String email, String name, ZoneId zone, String org, OrgKind kind, Role role) {}

    /** The created account; {@code membership} and {@code org} are {@code null} without an organization. */
    public record Created(User user, Organization org, boolean orgCreated, Membership membership, CapabilityLinks.Issued link) {}

    /** A password link for an existing account, and whether the account can sign in once it is used. */
    public record PasswordLink(User user, CapabilityLinks.Issued link, boolean disabled) {}

    /** An account whose status was asked to change, and whether it did (it may have been so already). */
    public record Changed(User user, boolean changed) {}

    /** An organization and how many people belong to it. */
    public record OrgSummary(Organization org, int members, String owners) {}

    public Created createUser(NewUser n) {
        String email = checkedEmail(n.email());
        String name = n.name() == null ? "" : n.name().strip();
        if (name.isEmpty() || name.length() > 200) throw Refusal.invalid("user.name", "name", "give the person's name (at most 200 characters)");
        if (n.org() == null && (n.kind() != null || n.role() != null)) {
            throw Refusal.invalid("user.org_missing", "org", "a kind or a role needs an organization: add --org NAME");
        }
        ZoneId zone = n.zone() == null ? ZoneId.of("UTC") : n.zone();
        return db.inTransaction(tx -> {
            Organization org = null;
            boolean created = false;
            if (n.org() != null) {
                var found = findOrganization(tx, n.org());
                if (found == null) {
                    if (n.kind() == null) {
                        throw Refusal.invalid("org.unknown", "org", "no organization is called '" + n.org().strip()
                                + "'; add --kind agency, freelancer or client to create it");
                    }
                    org = tx.accounts().createOrganization(checkedOrgName(n.org()), n.kind(), clock.instant());
                    created = true;
                } else {
                    org = found;
                    if (n.kind() != null && n.kind() != org.kind()) {
                        throw Refusal.invalid("org.kind", "kind", "'" + org.name() + "' is " + article(org.kind()) + ", not "
                                + article(n.kind()));
                    }
                }
            }
            User user;
            try {
                user = tx.accounts().createUser(email, name, zone, null, clock.instant());
            } catch (DuplicateException e) {
                throw Refusal.conflict("user.exists", "email", "an account with the email " + email + " exists already");
            }
            Membership membership = null;
            if (org != null) {
                Role role = n.role() != null ? n.role() : created ? Role.OWNER : defaultRole(org.kind());
                checkRoleFits(role, org);
                membership = tx.accounts().putMember(org.id(), user.id(), role, clock.instant());
            }
            var link = links.issue(tx, LinkPurpose.PASSWORD, NEW_ACCOUNT, user.id(), NEW_ACCOUNT_LINK);
            return new Created(user, org, created, membership, link);
        });
    }

    /** A reset link valid {@link #RESET_LINK}; every earlier password link of the person stops working. */
    public PasswordLink resetLink(String email) {
        User user = user(email);
        return db.inTransaction(tx -> {
            tx.links().revokeForUser(user.id(), LinkPurpose.PASSWORD, clock.instant());
            var link = links.issue(tx, LinkPurpose.PASSWORD, RESET, user.id(), RESET_LINK);
            return new PasswordLink(user, link, tx.userStatus().isDisabled(user.id()));
        });
    }

    /** Stops the person signing in and ends their sessions, API tokens and password links now; history stays. */
    public Changed disable(String email) {
        User user = user(email);
        return new Changed(user, db.userStatus().disable(user.id(), clock.instant()));
    }

    /** Lets the person sign in again (with their password; the ended sessions and tokens stay ended). */
    public Changed enable(String email) {
        User user = user(email);
        return new Changed(user, db.userStatus().enable(user.id()));
    }

    public List<UserStatus> users() {
        return db.userStatus().list();
    }

    public Organization createOrganization(String name, OrgKind kind) {
        if (kind == null) throw Refusal.invalid("org.kind", "kind", "say what kind of organization: agency, freelancer or client");
        String clean = checkedOrgName(name);
        return db.inTransaction(tx -> {
            if (tx.accounts().listOrganizations().stream().anyMatch(o -> o.name().equalsIgnoreCase(clean))) {
                throw Refusal.conflict("org.exists", "name", "an organization called '" + clean + "' exists already");
            }
            return tx.accounts().createOrganization(clean, kind, clock.instant());
        });
    }

    public List<OrgSummary> organizations() {
        return db.accounts().listOrganizations().stream().map(o -> {
            List<Membership> members = db.accounts().membersOf(o.id());
            String owners = String.join(", ", members.stream().filter(m -> m.role() == Role.OWNER)
                    .map(m -> db.accounts().findUser(m.userId()).map(User::email).orElse("#" + m.userId())).toList());
            return new OrgSummary(o, members.size(), owners);
        }).toList();
    }

    private User user(String email) {
        if (email == null || email.isBlank()) throw Refusal.invalid("user.email", "email", "give the person's email");
        return db.accounts().findUserByEmail(email).orElseThrow(() -> Refusal.notFound("an account with the email " + email.strip() + " was"));
    }

    /** An organization by id ("12") or by name, case-insensitively; a name several share is refused. */
    private static Organization findOrganization(Repositories tx, String ref) {
        String wanted = ref.strip();
        List<Organization> all = tx.accounts().listOrganizations();
        if (wanted.matches("\\d{1,18}")) {
            long id = Long.parseLong(wanted);
            var byId = all.stream().filter(o -> o.id() == id).findFirst();
            if (byId.isPresent()) return byId.get();
        }
        List<Organization> named = all.stream().filter(o -> o.name().equalsIgnoreCase(wanted)).toList();
        if (named.size() > 1) {
            throw Refusal.invalid("org.ambiguous", "org", named.size() + " organizations are called '" + wanted + "' (ids "
                    + String.join(", ", named.stream().map(o -> String.valueOf(o.id())).toList()) + "); give the id instead");
        }
        return named.isEmpty() ? null : named.getFirst();
    }

    private static Role defaultRole(OrgKind kind) {
        return switch (kind) {
            case AGENCY -> Role.FREELANCER;
            case CLIENT -> Role.CLIENT;
            case FREELANCER -> Role.OWNER;
        };
    }

    /** Agencies have managers and freelancers, client companies managers and clients; a solo workspace only its owner. */
    private static void checkRoleFits(Role role, Organization org) {
        boolean fits = switch (org.kind()) {
            case AGENCY -> role != Role.CLIENT;
            case CLIENT -> role != Role.FREELANCER;
            case FREELANCER -> role == Role.OWNER;
        };
        if (!fits) {
            throw Refusal.invalid("org.role", "role", "'" + org.name() + "' is " + article(org.kind()) + ": its people are "
                    + switch (org.kind()) {
                        case AGENCY -> "owner, manager or freelancer";
                        case CLIENT -> "owner, manager or client";
                        case FREELANCER -> "its owner only";
                    });
        }
    }

    private static String article(OrgKind kind) {
        return switch (kind) {
            case AGENCY -> "an agency";
            case CLIENT -> "a client company";
            case FREELANCER -> "a solo freelancer's workspace";
        };
    }

    private static String checkedEmail(String email) {
        String e = email == null ? "" : email.strip();
        if (e.length() > 254 || !e.matches("[^@\\s]+@[^@\\s]+")) {
            throw Refusal.invalid("user.email", "email", "'" + e + "' is not an email address");
        }
        return e;
    }

    private static String checkedOrgName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) throw Refusal.invalid("org.name", "name", "give the organization's name (at most 200 characters)");
        if (n.matches("\\d+")) throw Refusal.invalid("org.name", "name", "an organization's name cannot be only digits (those name an id)");
        return n;
    }
}
