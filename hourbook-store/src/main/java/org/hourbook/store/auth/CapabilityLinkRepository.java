package org.hourbook.store.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/** One-time capability links, stored as hashes; spent by one atomic update. */
public final class CapabilityLinkRepository {
    private static final RowMapper<CapabilityLink> LINK = (rs, ctx) -> new CapabilityLink(rs.getLong("id"), rs.getString("token_hash"),
            LinkPurpose.valueOf(rs.getString("purpose")), rs.getString("subject"), Rows.nullableLong(rs, "user_id"),
            Rows.millis(rs, "created_at_ms"), Rows.millis(rs, "expires_at_ms"), Rows.millis(rs, "used_at_ms"),
            Rows.millis(rs, "revoked_at_ms"));

    private final HandleSource handles;

    public CapabilityLinkRepository(HandleSource handles) {
        this.handles = handles;
    }

    public CapabilityLink create(String tokenHash, LinkPurpose purpose, String subject, Long userId, Instant now, Instant expiresAt) {
        long id = handles.write(h -> h.createUpdate("""
                        INSERT INTO capability_links (token_hash, purpose, subject, user_id, created_at_ms, expires_at_ms)
                        VALUES (:hash, :purpose, :subject, :user, :now, :expires)""")
                .bind("hash", tokenHash).bind("purpose", purpose.name()).bind("subject", subject).bind("user", userId)
                .bind("now", now.toEpochMilli()).bind("expires", expiresAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new CapabilityLink(id, tokenHash, purpose, subject, userId, Instant.ofEpochMilli(now.toEpochMilli()),
                Instant.ofEpochMilli(expiresAt.toEpochMilli()), null, null);
    }

    /** The link with this hash, whatever its state (spent links are kept to say why they no longer work). */
    public Optional<CapabilityLink> findByHash(String tokenHash) {
        return handles.with(h -> h.createQuery("SELECT * FROM capability_links WHERE token_hash = :hash")
                .bind("hash", tokenHash).map(LINK).findOne());
    }

    public Optional<CapabilityLink> find(long id) {
        return handles.with(h -> h.createQuery("SELECT * FROM capability_links WHERE id = :id").bind("id", id).map(LINK).findOne());
    }

    /**
     * Spends the link: true for exactly one caller, and only while it is neither used, revoked
     * nor expired. Inside a transaction, the change the link allows commits with it.
     */
    public boolean spend(long id, Instant now) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE capability_links SET used_at_ms = :now
                        WHERE id = :id AND used_at_ms IS NULL AND revoked_at_ms IS NULL AND expires_at_ms > :now""")
                .bind("id", id).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    public boolean revoke(long id, Instant now) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE capability_links SET revoked_at_ms = :now WHERE id = :id AND used_at_ms IS NULL AND revoked_at_ms IS NULL""")
                .bind("id", id).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    /** Revokes every live link of this purpose (and subject, when given): e.g. a new setup link voids the old one. */
    public int revokeAll(LinkPurpose purpose, String subject, Instant now) {
        String bySubject = subject == null ? "" : " AND subject = :subject";
        return handles.write(h -> h.createUpdate("UPDATE capability_links SET revoked_at_ms = :now WHERE purpose = :purpose"
                        + bySubject + " AND used_at_ms IS NULL AND revoked_at_ms IS NULL")
                .bind("purpose", purpose.name()).bind("subject", subject).bind("now", now.toEpochMilli()).execute());
    }

    /** Revokes the user's live links of this purpose (e.g. every reset link when a password is reset). */
    public int revokeForUser(long userId, LinkPurpose purpose, Instant now) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE capability_links SET revoked_at_ms = :now
                        WHERE user_id = :user AND purpose = :purpose AND used_at_ms IS NULL AND revoked_at_ms IS NULL""")
                .bind("user", userId).bind("purpose", purpose.name()).bind("now", now.toEpochMilli()).execute());
    }

    /** Links of this purpose and subject that still work, newest first (e.g. an invitation's pending link). */
    public List<CapabilityLink> live(LinkPurpose purpose, String subject, Instant now) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM capability_links WHERE purpose = :purpose AND subject = :subject
                        AND used_at_ms IS NULL AND revoked_at_ms IS NULL AND expires_at_ms > :now ORDER BY id DESC""")
                .bind("purpose", purpose.name()).bind("subject", subject).bind("now", now.toEpochMilli()).map(LINK).list());
    }
}
