package org.hourbook.store.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hourbook.core.account.Membership;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.store.DuplicateException;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/** Organizations, users (with their password hash) and memberships. */
public final class AccountRepository {
    private static final RowMapper<Organization> ORG = (rs, ctx) ->
            new Organization(rs.getLong("id"), rs.getString("name"), OrgKind.valueOf(rs.getString("kind")));
    /** Package-visible: {@link UserStatusRepository} reads the same rows. */
    static final RowMapper<User> USER = (rs, ctx) ->
            new User(rs.getLong("id"), rs.getString("email"), rs.getString("name"), ZoneId.of(rs.getString("zone")));
    private static final RowMapper<Membership> MEMBER = (rs, ctx) ->
            new Membership(rs.getLong("org_id"), rs.getLong("user_id"), Role.valueOf(rs.getString("role")));

    private final HandleSource handles;

    public AccountRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** How emails are compared: case-insensitively, whatever the database's collation. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Organization createOrganization(String name, OrgKind kind, Instant now) {
        long id = handles.write(h -> h.createUpdate("INSERT INTO organizations (name, kind, created_at) VALUES (:name, :kind, :now)")
                .bind("name", name).bind("kind", kind.name()).bind("now", now.getEpochSecond())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Organization(id, name, kind);
    }

    public Optional<Organization> findOrganization(long id) {
        return handles.with(h -> h.createQuery("SELECT * FROM organizations WHERE id = :id").bind("id", id).map(ORG).findOne());
    }

    public List<Organization> listOrganizations() {
        return handles.with(h -> h.createQuery("SELECT * FROM organizations ORDER BY id").map(ORG).list());
    }

    public boolean renameOrganization(long id, String name) {
        return handles.write(h -> h.createUpdate("UPDATE organizations SET name = :name WHERE id = :id")
                .bind("id", id).bind("name", name).execute()) == 1;
    }

    /**
     * Creates a user.
     *
     * @param passwordHash an encoded hash (never a password), or {@code null} for "cannot sign in yet"
     * @throws DuplicateException when the email (case-insensitively) is taken
     */
    public User createUser(String email, String name, ZoneId zone, String passwordHash, Instant now) {
        String stripped = email.strip();
        // ON CONFLICT rather than catching the violation: on PostgreSQL a failed statement would
        // poison the caller's transaction.
        Optional<Long> id = handles.write(h -> h.createQuery("""
                        INSERT INTO users (email, email_norm, name, zone, password_hash, created_at)
                        VALUES (:email, :norm, :name, :zone, :hash, :now)
                        ON CONFLICT (email_norm) DO NOTHING
                        RETURNING id""")
                .bind("email", stripped).bind("norm", normalizeEmail(stripped)).bind("name", name)
                .bind("zone", zone.getId()).bind("hash", passwordHash).bind("now", now.getEpochSecond())
                .mapTo(Long.class).findOne());
        return new User(id.orElseThrow(() -> new DuplicateException("email", "a user with this email exists", null)), stripped, name, zone);
    }

    public Optional<User> findUser(long id) {
        return handles.with(h -> h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id).map(USER).findOne());
    }

    public Optional<User> findUserByEmail(String email) {
        return handles.with(h -> h.createQuery("SELECT * FROM users WHERE email_norm = :norm")
                .bind("norm", normalizeEmail(email)).map(USER).findOne());
    }

    public List<User> listUsers() {
        return handles.with(h -> h.createQuery("SELECT * FROM users ORDER BY id").map(USER).list());
    }

    /** Name and zone (the email is the sign-in identity and changes elsewhere, if ever). */
    public boolean updateProfile(long userId, String name, ZoneId zone) {
        return handles.write(h -> h.createUpdate("UPDATE users SET name = :name, zone = :zone WHERE id = :id")
                .bind("id", userId).bind("name", name).bind("zone", zone.getId()).execute()) == 1;
    }

    public Optional<String> passwordHash(long userId) {
        return handles.with(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
    }

    public boolean setPasswordHash(long userId, String passwordHash) {
        return handles.write(h -> h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("id", userId).bind("hash", passwordHash).execute()) == 1;
    }

    /**
     * Changes the user's email (their sign-in identity).
     *
     * @return {@code false} when another user has that email (case-insensitively); checked in the
     *         statement, so a PostgreSQL transaction is not poisoned by a unique violation
     */
    public boolean changeEmail(long userId, String email) {
        String stripped = email.strip();
        String norm = normalizeEmail(stripped);
        return handles.write(h -> h.createUpdate("""
                        UPDATE users SET email = :email, email_norm = :norm
                        WHERE id = :id AND NOT EXISTS (SELECT 1 FROM users other WHERE other.email_norm = :norm AND other.id <> :id)""")
                .bind("id", userId).bind("email", stripped).bind("norm", norm).execute()) == 1;
    }

    /**
     * Gives an account that cannot sign in yet (made for an offer or by an operator, no password)
     * its name, zone and first password; {@code false} when it has a password already, so of two
     * at once only one succeeds.
     */
    public boolean completeAccount(long userId, String name, ZoneId zone, String passwordHash) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE users SET name = :name, zone = :zone, password_hash = :hash WHERE id = :id AND password_hash IS NULL""")
                .bind("id", userId).bind("name", name).bind("zone", zone.getId()).bind("hash", passwordHash).execute()) == 1;
    }

    /** Adds the user to the organization with no join time (test fixtures), or changes their role there. */
    public Membership putMember(long orgId, long userId, Role role) {
        return putMember(orgId, userId, role, null);
    }

    /** Adds the user to the organization as of {@code joinedAt} (kept when they were a member already), or changes their role there. */
    public Membership putMember(long orgId, long userId, Role role, Instant joinedAt) {
        handles.write(h -> h.createUpdate("""
                        INSERT INTO memberships (org_id, user_id, role, joined_at_ms) VALUES (:org, :user, :role, :joined)
                        ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role""")
                .bind("org", orgId).bind("user", userId).bind("role", role.name())
                .bind("joined", joinedAt == null ? null : joinedAt.toEpochMilli()).execute());
        return new Membership(orgId, userId, role);
    }

    /** Changes an existing member's role; {@code false} when they are not a member. */
    public boolean setRole(long orgId, long userId, Role role) {
        return handles.write(h -> h.createUpdate("UPDATE memberships SET role = :role WHERE org_id = :org AND user_id = :user")
                .bind("org", orgId).bind("user", userId).bind("role", role.name()).execute()) == 1;
    }

    /** Whether any account exists: a fresh install has none, and offers its setup link. */
    public boolean hasUsers() {
        return handles.with(h -> h.createQuery("SELECT 1 FROM users LIMIT 1").mapTo(Integer.class).findOne()).isPresent();
    }

    /**
     * The organization's members with their accounts, when they joined and when they were last
     * seen (a session's activity or a token's use), by name.
     */
    public List<Member> members(long orgId) {
        return handles.with(h -> h.createQuery("""
                        SELECT m.org_id, m.user_id, m.role, m.joined_at_ms, u.email, u.name, u.zone,
                            (SELECT MAX(s.last_seen_at) FROM sessions s WHERE s.user_id = m.user_id) AS session_seen,
                            (SELECT MAX(t.last_used_at) FROM api_tokens t WHERE t.user_id = m.user_id) AS token_seen
                        FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = :org ORDER BY u.name, u.id""")
                .bind("org", orgId)
                .map((rs, ctx) -> {
                    User u = new User(rs.getLong("user_id"), rs.getString("email"), rs.getString("name"), ZoneId.of(rs.getString("zone")));
                    Instant session = Rows.seconds(rs, "session_seen");
                    Instant token = Rows.seconds(rs, "token_seen");
                    Instant seen = session == null ? token : token == null || session.isAfter(token) ? session : token;
                    return new Member(MEMBER.map(rs, ctx), u, Rows.millis(rs, "joined_at_ms"), seen);
                })
                .list());
    }

    public boolean removeMember(long orgId, long userId) {
        return handles.write(h -> h.createUpdate("DELETE FROM memberships WHERE org_id = :org AND user_id = :user")
                .bind("org", orgId).bind("user", userId).execute()) == 1;
    }

    public Optional<Membership> membership(long orgId, long userId) {
        return handles.with(h -> h.createQuery("SELECT * FROM memberships WHERE org_id = :org AND user_id = :user")
                .bind("org", orgId).bind("user", userId).map(MEMBER).findOne());
    }

    /** The organizations a user belongs to, with the role in each. */
    public List<Membership> membershipsOf(long userId) {
        return handles.with(h -> h.createQuery("SELECT * FROM memberships WHERE user_id = :user ORDER BY org_id")
                .bind("user", userId).map(MEMBER).list());
    }

    /** The user's memberships with their organizations (name and kind), in one query. */
    public List<Seat> seatsOf(long userId) {
        return handles.with(h -> h.createQuery("""
                        SELECT m.org_id, m.user_id, m.role, o.name, o.kind FROM memberships m
                        JOIN organizations o ON o.id = m.org_id WHERE m.user_id = :user ORDER BY m.org_id""")
                .bind("user", userId)
                .map((rs, ctx) -> new Seat(MEMBER.map(rs, ctx),
                        new Organization(rs.getLong("org_id"), rs.getString("name"), OrgKind.valueOf(rs.getString("kind")))))
                .list());
    }

    public List<Membership> membersOf(long orgId) {
        return handles.with(h -> h.createQuery("SELECT * FROM memberships WHERE org_id = :org ORDER BY user_id")
                .bind("org", orgId).map(MEMBER).list());
    }
}
