package org.hourbook.store.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/** Server-side sessions, in the database so that any node can serve any request. */
public final class SessionRepository {
    private static final RowMapper<StoredSession> SESSION = (rs, ctx) -> new StoredSession(
            rs.getString("token_hash"), rs.getLong("user_id"), rs.getString("csrf_token"),
            Rows.seconds(rs, "created_at"), Rows.seconds(rs, "expires_at"), Rows.seconds(rs, "last_seen_at"), rs.getString("user_agent"));

    private final HandleSource handles;

    public SessionRepository(HandleSource handles) {
        this.handles = handles;
    }

    public StoredSession create(StoredSession s) {
        handles.write(h -> h.createUpdate("""
                        INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, user_agent)
                        VALUES (:hash, :user, :csrf, :created, :expires, :seen, :agent)""")
                .bind("hash", s.tokenHash()).bind("user", s.userId()).bind("csrf", s.csrfToken()).bind("agent", s.userAgent())
                .bind("created", s.createdAt().getEpochSecond()).bind("expires", s.expiresAt().getEpochSecond())
                .bind("seen", s.lastSeenAt().getEpochSecond()).execute());
        return s;
    }

    /** The session, even if expired: the caller compares {@link StoredSession#isExpired} with its clock. */
    public Optional<StoredSession> find(String tokenHash) {
        return handles.with(h -> h.createQuery("SELECT * FROM sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash).map(SESSION).findOne());
    }

    /** Sliding expiry: records activity and moves the expiry. */
    public boolean touch(String tokenHash, Instant lastSeen, Instant newExpiry) {
        return handles.write(h -> h.createUpdate("UPDATE sessions SET last_seen_at = :seen, expires_at = :expires WHERE token_hash = :hash")
                .bind("hash", tokenHash).bind("seen", lastSeen.getEpochSecond()).bind("expires", newExpiry.getEpochSecond())
                .execute()) == 1;
    }

    public boolean delete(String tokenHash) {
        return handles.write(h -> h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash").bind("hash", tokenHash).execute()) == 1;
    }

    /** The user's sessions that have not expired, the most recently seen first. */
    public List<StoredSession> listForUser(long userId, Instant now) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM sessions WHERE user_id = :user AND expires_at > :now ORDER BY last_seen_at DESC, created_at DESC""")
                .bind("user", userId).bind("now", now.getEpochSecond()).map(SESSION).list());
    }

    /** Ends one of the user's sessions by its {@link StoredSession#publicId()}; {@code false} if they have none by that name. */
    public boolean deleteByPublicId(long userId, String publicId) {
        if (publicId == null || publicId.length() != StoredSession.PUBLIC_ID_LENGTH) return false;
        return handles.write(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND substr(token_hash, 1, :len) = :id")
                .bind("user", userId).bind("len", StoredSession.PUBLIC_ID_LENGTH).bind("id", publicId).execute()) > 0;
    }

    /** Ends every session of the user but this one ("sign out everywhere else"); returns how many ended. */
    public int deleteOthers(long userId, String keepTokenHash) {
        return handles.write(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep")
                .bind("user", userId).bind("keep", keepTokenHash).execute());
    }

    /** Signs a user out everywhere (e.g. after a password change). */
    public int deleteForUser(long userId) {
        return handles.write(h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :user").bind("user", userId).execute());
    }

    public int deleteExpired(Instant now) {
        return handles.write(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now").bind("now", now.getEpochSecond()).execute());
    }
}
