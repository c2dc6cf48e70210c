package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hot queries must stay index lookups when the tables hold years of data. Tested through the
 * planners (on PostgreSQL with sequential scans priced out, since test tables are tiny).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class IndexUsageIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "{0} uses {1}")
    @CsvSource(delimiter = '|', textBlock = """
            diary of a contract for a day       | SELECT * FROM segments WHERE contract_id = 1 AND start_utc >= 0 AND start_utc < 86400 ORDER BY start_utc | segments_contract_start
            a freelancer's week, all contracts  | SELECT * FROM segments WHERE freelancer_id = 1 AND start_utc >= 0 AND start_utc < 604800 ORDER BY start_utc | segments_freelancer_start
            team page over many contracts       | SELECT * FROM segments WHERE contract_id IN (1, 2, 3) AND start_utc >= 0 AND start_utc < 604800 | segments_contract_start
            audit trail of a contract           | SELECT * FROM audit_log WHERE contract_id = 1 ORDER BY at_ms DESC, id DESC LIMIT 50 | audit_log_contract_at
            sign-in by email                    | SELECT * FROM users WHERE email_norm = 'a@b.c' | users_email_norm
            contracts of a client organization  | SELECT * FROM contracts WHERE client_org_id = 1 | contracts_client_org
            blob still referenced               | SELECT COUNT(*) FROM segments WHERE shot_sha256 = 'x' OR shot_thumb_sha256 = 'x' | segments_shot
            a retainer's imported time          | SELECT dedupe_key, start_utc FROM imported_entries WHERE import_id IN (SELECT id FROM imports WHERE contract_id = 1) AND billable = 1 ORDER BY start_utc, id | imported_entries_import
            undo of an import                   | DELETE FROM imported_entries WHERE import_id = 1 | imported_entries_import
            keys a retainer already has         | SELECT dedupe_key FROM imported_entries WHERE import_id IN (SELECT id FROM imports WHERE contract_id = 1) | imported_entries_import
            """)
    void hot_queries_use_an_index(String purpose, String sql, String index) {
        String plan = db.jdbi().withHandle(h -> {
            if (backend == Backend.SQLITE) {
                return h.createQuery("EXPLAIN QUERY PLAN " + sql).map((rs, ctx) -> rs.getString("detail")).list()
                        .stream().collect(Collectors.joining("\n"));
            }
            h.execute("SET enable_seqscan = off");
            List<String> lines = h.createQuery("EXPLAIN " + sql).mapTo(String.class).list();
            return String.join("\n", lines);
        });

        assertThat(plan).as(purpose).contains(index);
    }
}
