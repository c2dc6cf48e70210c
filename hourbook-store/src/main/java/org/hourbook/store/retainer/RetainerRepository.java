package org.hourbook.store.retainer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.retainer.CycleSchedule;
import org.hourbook.core.retainer.EntrySource;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.core.segment.TrackedTime;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.store.HandleSource;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Retainer terms and their history, the work-log curation, public links and their rate counters. */
public final class RetainerRepository {
    private static final RowMapper<StoredRetainer> RETAINER = (rs, ctx) -> new StoredRetainer(rs.getLong("contract_id"),
            TermsColumns.read(rs), rs.getInt("alert_client") != 0, Instant.ofEpochSecond(rs.getLong("started_at")));
    private static final RowMapper<RetainerLink> LINK = (rs, ctx) -> new RetainerLink(rs.getLong("id"), rs.getLong("contract_id"),
            rs.getString("note"), Rows.nullableLong(rs, "created_by"), Rows.millis(rs, "created_at_ms"), Rows.millis(rs, "last_opened_at_ms"),
            Rows.millis(rs, "revoked_at_ms"));

    /** The curation JSON as stored, with the version a later save must name. */
    public record StoredCuration(String json, long version) {}

    private final HandleSource handles;

    public RetainerRepository(HandleSource handles) {
        this.handles = handles;
    }

    public void create(long contractId, RetainerTerms terms, boolean alertClient, Instant startedAt) {
        handles.write(h -> TermsColumns.bind(h.createUpdate("INSERT INTO retainer_terms (contract_id, " + TermsColumns.NAMES
                        + ", alert_client, started_at) VALUES (:c, " + TermsColumns.BINDS + ", :alert, :started)"), terms)
                .bind("c", contractId).bind("alert", alertClient ? 1 : 0).bind("started", startedAt.getEpochSecond()).execute());
    }

    public Optional<StoredRetainer> find(long contractId) {
        return handles.with(h -> h.createQuery("SELECT * FROM retainer_terms WHERE contract_id = :c").bind("c", contractId)
                .map(RETAINER).findOne());
    }

    /** Of {@code contractIds}, the retainers (for marking them in lists). */
    public List<Long> retainerIds(List<Long> contractIds) {
        if (contractIds.isEmpty()) return List.of();
        return handles.with(h -> h.createQuery("SELECT contract_id FROM retainer_terms WHERE contract_id IN (<ids>)")
                .bindList("ids", contractIds).mapTo(Long.class).list());
    }

    public void updateTerms(long contractId, RetainerTerms terms) {
        handles.write(h -> TermsColumns.bind(h.createUpdate("""
                        UPDATE retainer_terms SET cap_seconds = :cap, cycle_kind = :kind, cycle_day = :day, cycle_weeks = :weeks,
                            cycle_anchor = :anchor, rollover_kind = :rollover, rollover_max_seconds = :rolloverMax,
                            overage_allowed = :overage, zone = :zone WHERE contract_id = :c"""), terms).bind("c", contractId).execute());
    }

    /**
     * Marks a change of what the retainer's public page shows (imports, curation, terms); the
     * segments' triggers do the same for time. Run it in the transaction of the change.
     */
    public void bump(long contractId) {
        handles.write(h -> h.createUpdate("UPDATE retainer_terms SET data_version = data_version + 1 WHERE contract_id = :c")
                .bind("c", contractId).execute());
    }

    /** The link behind a token hash with its retainer's data version and contract title, in one lookup. */
    public record Opened(RetainerLink link, long dataVersion, String title) {}

    public Optional<Opened> openLink(String tokenHash) {
        return handles.with(h -> h.createQuery("""
                        SELECT l.*, t.data_version, c.title AS contract_title FROM retainer_links l
                        JOIN retainer_terms t ON t.contract_id = l.contract_id JOIN contracts c ON c.id = l.contract_id
                        WHERE l.token_hash = :h""")
                .bind("h", tokenHash).map((rs, ctx) -> new Opened(LINK.map(rs, ctx), rs.getLong("data_version"), rs.getString("contract_title")))
                .findOne());
    }

    public void setAlertClient(long contractId, boolean on) {
        handles.write(h -> h.createUpdate("UPDATE retainer_terms SET alert_client = :on WHERE contract_id = :c")
                .bind("on", on ? 1 : 0).bind("c", contractId).execute());
    }

    /** Recorded terms per cycle, oldest first; empty when they never changed. */
    public List<CycleSchedule.Change> history(long contractId) {
        return handles.with(h -> h.createQuery("SELECT * FROM retainer_terms_history WHERE contract_id = :c ORDER BY effective_from")
                .bind("c", contractId)
                .map((rs, ctx) -> new CycleSchedule.Change(Instant.ofEpochSecond(rs.getLong("effective_from")), TermsColumns.read(rs)))
                .list());
    }

    /** Replaces the history (see {@link CycleSchedule#afterChange}); run it in the transaction that updates the terms. */
    public void replaceHistory(long contractId, List<CycleSchedule.Change> history) {
        handles.atomically(h -> {
            h.createUpdate("DELETE FROM retainer_terms_history WHERE contract_id = :c").bind("c", contractId).execute();
            if (history.isEmpty()) return 0;
            PreparedBatch batch = h.prepareBatch("INSERT INTO retainer_terms_history (contract_id, effective_from, " + TermsColumns.NAMES
                    + ") VALUES (:c, :from, " + TermsColumns.BINDS + ")");
            for (CycleSchedule.Change c : history) {
                TermsColumns.bind(batch, c.terms()).bind("c", contractId).bind("from", c.from().getEpochSecond()).add();
            }
            return batch.execute().length;
        });
    }

    public Optional<StoredCuration> curation(long contractId) {
        return handles.with(h -> h.createQuery("SELECT curation, version FROM retainer_curation WHERE contract_id = :c")
                .bind("c", contractId).map((rs, ctx) -> new StoredCuration(rs.getString(1), rs.getLong(2))).findOne());
    }

    /**
     * Saves the curation if nobody saved since {@code version} was read (0: none saved yet);
     * false when someone did, so the caller reads again and reapplies its change.
     */
    public boolean saveCuration(long contractId, String json, long version, Instant now) {
        return handles.write(h -> {
            if (version == 0) {
                return h.createUpdate("""
                                INSERT INTO retainer_curation (contract_id, curation, version, updated_at_ms) VALUES (:c, :j, 1, :now)
                                ON CONFLICT (contract_id) DO NOTHING""")
                        .bind("c", contractId).bind("j", json).bind("now", now.toEpochMilli()).execute() == 1;
            }
            return h.createUpdate("""
                            UPDATE retainer_curation SET curation = :j, version = version + 1, updated_at_ms = :now
                            WHERE contract_id = :c AND version = :v""")
                    .bind("c", contractId).bind("j", json).bind("v", version).bind("now", now.toEpochMilli()).execute() == 1;
        });
    }

    public RetainerLink createLink(long contractId, String tokenHash, String note, Long createdBy, Instant now) {
        long id = handles.write(h -> h.createUpdate("""
                        INSERT INTO retainer_links (contract_id, token_hash, note, created_by, created_at_ms)
                        VALUES (:c, :hash, :note, :by, :now)""")
                .bind("c", contractId).bind("hash", tokenHash).bind("note", note).bind("by", createdBy).bind("now", now.toEpochMilli())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new RetainerLink(id, contractId, note, createdBy, Instant.ofEpochMilli(now.toEpochMilli()), null, null);
    }

    public List<RetainerLink> links(long contractId) {
        return handles.with(h -> h.createQuery("SELECT * FROM retainer_links WHERE contract_id = :c ORDER BY revoked_at_ms IS NOT NULL, id")
                .bind("c", contractId).map(LINK).list());
    }

    public Optional<RetainerLink> link(long id) {
        return handles.with(h -> h.createQuery("SELECT * FROM retainer_links WHERE id = :id").bind("id", id).map(LINK).findOne());
    }

    public Optional<RetainerLink> linkByHash(String tokenHash) {
        return handles.with(h -> h.createQuery("SELECT * FROM retainer_links WHERE token_hash = :h").bind("h", tokenHash).map(LINK).findOne());
    }

    /** Revokes a link; false when it was revoked already. */
    public boolean revokeLink(long id, Instant now) {
        return handles.write(h -> h.createUpdate("UPDATE retainer_links SET revoked_at_ms = :now WHERE id = :id AND revoked_at_ms IS NULL")
                .bind("id", id).bind("now", now.toEpochMilli()).execute() == 1);
    }

    public void touchLink(long id, Instant now) {
        handles.write(h -> h.createUpdate("UPDATE retainer_links SET last_opened_at_ms = :now WHERE id = :id")
                .bind("id", id).bind("now", now.toEpochMilli()).execute());
    }

    /** Rows per statement in {@link #hitAll}: 3 parameters each, far below either database's limit. */
    private static final int HITS_PER_STATEMENT = 500;

    /**
     * Adds each key's requests (a client address) to its window and returns every key's count of
     * all nodes: the counts of one node's second, hundreds of statements' worth of keys sent in a
     * few multi-row upserts (one per address took more CPU than the pages it counted, bench "d").
     */
    public Map<String, Integer> hitAll(Map<String, Integer> counts, Instant windowStart) {
        if (counts.isEmpty()) return Map.of();
        List<Map.Entry<String, Integer>> all = List.copyOf(counts.entrySet());
        return handles.atomically(h -> {
            Map<String, Integer> totals = new HashMap<>(all.size() * 2);
            for (int from = 0; from < all.size(); from += HITS_PER_STATEMENT) {
                List<Map.Entry<String, Integer>> part = all.subList(from, Math.min(all.size(), from + HITS_PER_STATEMENT));
                String sql = "INSERT INTO public_hits (hit_key, window_start, hits) VALUES " + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?)"))
                        + " ON CONFLICT (hit_key, window_start) DO UPDATE SET hits = public_hits.hits + excluded.hits RETURNING hit_key, hits";
                try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
                    int i = 1;
                    for (Map.Entry<String, Integer> e : part) {
                        ps.setString(i++, e.getKey());
                        ps.setLong(i++, windowStart.getEpochSecond());
                        ps.setInt(i++, e.getValue());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) totals.put(rs.getString(1), rs.getInt(2));
                    }
                } catch (SQLException e) {
                    throw new UnableToExecuteStatementException("counting " + part.size() + " public requests failed", e, null);
                }
            }
            return totals;
        });
    }

    /**
     * A contract's segments from {@code from} on as retainer time: billable seconds by the
     * contract's rounding, its label as category, its memo as (internal) description.
     */
    public List<WorkEntry> segmentEntries(long contractId, Instant from, BillingRounding rounding) {
        return handles.with(h -> h.createQuery("""
                        SELECT id, start_utc, tracked_seconds, source, label, memo FROM segments
                        WHERE contract_id = :c AND start_utc >= :from ORDER BY start_utc""")
                .bind("c", contractId).bind("from", from.getEpochSecond())
                .map((rs, ctx) -> new WorkEntry(rs.getString(1), Instant.ofEpochSecond(rs.getLong(2)),
                        TrackedTime.billableSeconds(rs.getInt(3), rounding),
                        "MANUAL".equals(rs.getString(4)) ? EntrySource.MANUAL : EntrySource.TRACKED, rs.getString(5), rs.getString(6)))
                .list());
    }

    public int deleteHitsBefore(Instant cutoff) {
        return handles.write(h -> h.createUpdate("DELETE FROM public_hits WHERE window_start < :cutoff")
                .bind("cutoff", cutoff.getEpochSecond()).execute());
    }
}
