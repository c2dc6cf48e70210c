package org.hourbook.store.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/** Personal and device API tokens, stored as hashes. */
public final class ApiTokenRepository {
    private static final RowMapper<ApiToken> TOKEN = (rs, ctx) -> new ApiToken(
            rs.getLong("id"), rs.getString("token_hash"), rs.getLong("user_id"), rs.getString("name"),
            TokenKind.valueOf(rs.getString("kind")), Rows.seconds(rs, "created_at"), Rows.seconds(rs, "last_used_at"),
            Rows.seconds(rs, "revoked_at"));

    private final HandleSource handles;

    public ApiTokenRepository(HandleSource handles) {
        this.handles = handles;
    }

    public ApiToken create(String tokenHash, long userId, String name, TokenKind kind, Instant now) {
        long id = handles.write(h -> h.createUpdate("""
                        INSERT INTO api_tokens (token_hash, user_id, name, kind, created_at) VALUES (:hash, :user, :name, :kind, :now)""")
                .bind("hash", tokenHash).bind("user", userId).bind("name", name).bind("kind", kind.name())
                .bind("now", now.getEpochSecond())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new ApiToken(id, tokenHash, userId, name, kind, Instant.ofEpochSecond(now.getEpochSecond()), null, null);
    }

    /** The token with this hash unless it was revoked. */
    public Optional<ApiToken> findActive(String tokenHash) {
        return handles.with(h -> h.createQuery("SELECT * FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
                .bind("hash", tokenHash).map(TOKEN).findOne());
    }

    public List<ApiToken> listForUser(long userId) {
        return handles.with(h -> h.createQuery("SELECT * FROM api_tokens WHERE user_id = :user ORDER BY id")
                .bind("user", userId).map(TOKEN).list());
    }

    public void markUsed(long id, Instant at) {
        handles.write(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
                .bind("id", id).bind("at", at.getEpochSecond()).execute());
    }

    /** Revokes a token of this user; {@code false} if there is no such active token of theirs. */
    public boolean revoke(long id, long userId, Instant at) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE api_tokens SET revoked_at = :at WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .bind("id", id).bind("user", userId).bind("at", at.getEpochSecond()).execute()) == 1;
    }

    /** Revokes every live token of the user (they lose their last membership, reset their password); how many were revoked. */
    public int revokeAllForUser(long userId, Instant at) {
        return handles.write(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL")
                .bind("user", userId).bind("at", at.getEpochSecond()).execute());
    }
}
