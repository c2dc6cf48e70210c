package org.hourbook.store.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;

/** Invitations by email into an organization (or to set up a new one); accepted and revoked ones stay as history. */
public final class InvitationRepository {
    private static final RowMapper<Invitation> INVITATION = (rs, ctx) -> {
        String kind = rs.getString("new_org_kind");
        return new Invitation(rs.getLong("id"), rs.getLong("org_id"), rs.getString("email"), Role.valueOf(rs.getString("role")),
                kind == null ? null : OrgKind.valueOf(kind), rs.getString("new_org_name"), Rows.nullableLong(rs, "contract_id"),
                Rows.nullableLong(rs, "invited_by"), Rows.millis(rs, "created_at_ms"), Rows.millis(rs, "expires_at_ms"),
                Rows.millis(rs, "accepted_at_ms"), Rows.nullableLong(rs, "accepted_by"), Rows.millis(rs, "revoked_at_ms"));
    };

    private final HandleSource handles;

    public InvitationRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** What a new invitation is: by whom, to whom, into what. */
    public record New(long orgId, String email, Role role, OrgKind newOrgKind, String newOrgName, Long contractId, Long invitedBy) {}

    public Invitation create(New n, Instant now, Instant expiresAt) {
        String email = n.email().strip();
        long id = handles.write(h -> h.createUpdate("""
                        INSERT INTO invitations (org_id, email, email_norm, role, new_org_kind, new_org_name, contract_id, invited_by,
                            created_at_ms, expires_at_ms)
                        VALUES (:org, :email, :norm, :role, :kind, :name, :contract, :by, :now, :expires)""")
                .bind("org", n.orgId()).bind("email", email).bind("norm", AccountRepository.normalizeEmail(email))
                .bind("role", n.role().name()).bind("kind", n.newOrgKind() == null ? null : n.newOrgKind().name())
                .bind("name", n.newOrgName()).bind("contract", n.contractId()).bind("by", n.invitedBy())
                .bind("now", now.toEpochMilli()).bind("expires", expiresAt.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return find(id).orElseThrow();
    }

    public Optional<Invitation> find(long id) {
        return handles.with(h -> h.createQuery("SELECT * FROM invitations WHERE id = :id").bind("id", id).map(INVITATION).findOne());
    }

    /** The invitations the organization's page lists: neither accepted nor revoked (expired ones too), oldest first. */
    public List<Invitation> openForOrg(long orgId) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM invitations WHERE org_id = :org AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL ORDER BY id""")
                .bind("org", orgId).map(INVITATION).list());
    }

    /** An open invitation of this email into this organization to join it (not to set up another), if any. */
    public Optional<Invitation> openToJoin(long orgId, String email) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM invitations WHERE org_id = :org AND email_norm = :norm AND new_org_kind IS NULL
                        AND contract_id IS NULL AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL ORDER BY id DESC""")
                .bind("org", orgId).bind("norm", AccountRepository.normalizeEmail(email)).map(INVITATION).findFirst());
    }

    /** The open invitation that leads to this offer, if any. */
    public Optional<Invitation> openForContract(long contractId) {
        return handles.with(h -> h.createQuery("""
                        SELECT * FROM invitations WHERE contract_id = :c AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL
                        ORDER BY id DESC""")
                .bind("c", contractId).map(INVITATION).findFirst());
    }

    /** Accepts it once: true for exactly one caller, and only while it is open. */
    public boolean accept(long id, long userId, Instant now) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE invitations SET accepted_at_ms = :now, accepted_by = :user
                        WHERE id = :id AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL""")
                .bind("id", id).bind("user", userId).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    public boolean revoke(long id, Instant now) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE invitations SET revoked_at_ms = :now WHERE id = :id AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL""")
                .bind("id", id).bind("now", now.toEpochMilli()).execute()) == 1;
    }

    /** A re-send: the new link's expiry. */
    public boolean renew(long id, Instant expiresAt) {
        return handles.write(h -> h.createUpdate("""
                        UPDATE invitations SET expires_at_ms = :expires WHERE id = :id AND accepted_at_ms IS NULL AND revoked_at_ms IS NULL""")
                .bind("id", id).bind("expires", expiresAt.toEpochMilli()).execute()) == 1;
    }
}
