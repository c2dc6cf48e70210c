package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite statements are compiled once per connection and SQL text, and reuse never mixes up results. */
class StatementCacheIT {
    @TempDir
    Path dir;
    Database db;
    StatementCache cache;

    @BeforeEach
    void open() {
        db = Database.open(StoreConfig.sqlite(dir));
        cache = (StatementCache) db.jdbi().getStatementBuilderFactory();
        db.settings().put("a", "1");
        db.settings().put("b", "2");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_same_query_is_compiled_once_and_answers_for_its_own_parameters() {
        db.reading(() -> db.settings().get("a")); // compile on this connection
        long before = cache.prepared();
        for (int i = 0; i < 20; i++) {
            assertThat(db.reading(() -> db.settings().get("a"))).contains("1");
            assertThat(db.reading(() -> db.settings().get("b"))).contains("2");
            assertThat(db.reading(() -> db.settings().get("missing"))).isEmpty();
        }
        assertThat(cache.prepared() - before).as("statements compiled for 60 reads").isLessThanOrEqualTo(4);
    }

    @Test
    void the_same_sql_inside_its_own_row_mapper_gets_a_second_statement() {
        Jdbi jdbi = db.jdbi();
        List<String> pairs = jdbi.withHandle(h -> h.createQuery("SELECT name FROM settings ORDER BY name").mapTo(String.class)
                .map(name -> name + "=" + h.createQuery("SELECT name FROM settings ORDER BY name").mapTo(String.class).list().size())
                .list());
        assertThat(pairs).contains("a=" + pairs.size(), "b=" + pairs.size());
    }

    @Test
    void writes_in_transactions_still_commit_and_roll_back() {
        db.useTransaction(tx -> tx.settings().put("c", "3"));
        try {
            db.useTransaction(tx -> {
                tx.settings().put("d", "4");
                throw new IllegalStateException("undo");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(db.settings().get("c")).contains("3");
        assertThat(db.settings().get("d")).isEmpty();
    }

    @Test
    void a_reused_read_sees_what_was_committed_after_its_last_use() {
        for (int i = 0; i < 20; i++) {
            String value = Integer.toString(i);
            db.useTransaction(tx -> tx.settings().put("counter-" + value, value));
            // findOne stops after the first row: a cached statement must not keep an old snapshot open
            assertThat(db.reading(() -> db.settings().get("counter-" + value))).as("read after write " + i).contains(value);
            int counted = db.reading(() -> db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM settings WHERE name LIKE 'counter-%'")
                    .mapTo(Integer.class).one()));
            assertThat(counted).isEqualTo(i + 1);
        }
    }
}
