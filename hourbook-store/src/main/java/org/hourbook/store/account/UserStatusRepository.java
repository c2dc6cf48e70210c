package org.hourbook.store.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Whether a person may use their account. Disabling is what an operator does to someone who
 * left: they cannot sign in, every session ends and every API token is revoked at once, their
 * unused password links stop working; their time, contracts and audit history stay.
 */
public final class UserStatusRepository {
    private static final String SELECT = """
            SELECT u.*, CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_password,
                (SELECT MAX(s.last_seen_at) FROM sessions s WHERE s.user_id = u.id) AS session_seen,
                (SELECT MAX(t.last_used_at) FROM api_tokens t WHERE t.user_id = u.id) AS token_used
            FROM users u""";

    private final HandleSource handles;

    public UserStatusRepository(HandleSource handles) {
        this.handles = handles;
    }

    /**
     * Disables the account and ends all its access, atomically.
     *
     * @return {@code false} when it was already disabled (nothing changes then)
     */
    public boolean disable(long userId, Instant now) {
        return handles.atomically(h -> {
            int changed = h.createUpdate("UPDATE users SET disabled_at = :now WHERE id = :id AND disabled_at IS NULL")
                    .bind("id", userId).bind("now", now.getEpochSecond()).execute();
            if (changed == 0) return false;
            endAccess(h, userId, now);
            return true;
        });
    }

    /** Lets the person sign in again; sessions and tokens ended by {@link #disable} stay ended. */
    public boolean enable(long userId) {
        return handles.write(h -> h.createUpdate("UPDATE users SET disabled_at = NULL WHERE id = :id AND disabled_at IS NOT NULL")
                .bind("id", userId).execute()) == 1;
    }

    public boolean isDisabled(long userId) {
        return handles.with(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE id = :id AND disabled_at IS NOT NULL")
                .bind("id", userId).mapTo(Long.class).one()) > 0;
    }

    /** The user while their account works: what a session or token lookup resolves to. */
    public Optional<User> findActiveUser(long userId) {
        return handles.with(h -> h.createQuery("SELECT * FROM users WHERE id = :id AND disabled_at IS NULL")
                .bind("id", userId).map(AccountRepository.USER).findOne());
    }

    public Optional<UserStatus> find(long userId) {
        return handles.with(h -> h.createQuery(SELECT + " WHERE u.id = :id").bind("id", userId).map(UserStatusRepository::status).findOne());
    }

    /** Everyone, oldest account first. */
    public List<UserStatus> list() {
        return handles.with(h -> h.createQuery(SELECT + " ORDER BY u.id").map(UserStatusRepository::status).list());
    }

    private static UserStatus status(ResultSet rs, StatementContext ctx) throws SQLException {
        Instant session = Rows.seconds(rs, "session_seen");
        Instant token = Rows.seconds(rs, "token_used");
        Instant seen = session == null ? token : token == null || session.isAfter(token) ? session : token;
        return new UserStatus(AccountRepository.USER.map(rs, ctx), Rows.seconds(rs, "created_at"), Rows.seconds(rs, "disabled_at"),
                rs.getInt("has_password") == 1, seen);
    }

    private static void endAccess(Handle h, long userId, Instant now) {
        h.createUpdate("DELETE FROM sessions WHERE user_id = :user").bind("user", userId).execute();
        h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .bind("user", userId).bind("now", now.getEpochSecond()).execute();
        // A password link would let them in again once enabled, by whoever holds it; they ask for a new one.
        h.createUpdate("""
                        UPDATE capability_links SET revoked_at_ms = :now
                        WHERE user_id = :user AND purpose = 'PASSWORD' AND used_at_ms IS NULL AND revoked_at_ms IS NULL""")
                .bind("user", userId).bind("now", now.toEpochMilli()).execute();
    }
}
