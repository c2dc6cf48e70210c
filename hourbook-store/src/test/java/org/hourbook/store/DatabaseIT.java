package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void opening_a_fresh_database_applies_every_migration(Backend backend) throws Exception {
        long migrations;
        // Tests run in the module folder (and against the packaged jar, so not from the classpath).
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        try (Database db = TestDatabases.open(backend, dir)) {
            assertThat(db.dialect()).isEqualTo(backend == Backend.SQLITE ? Dialect.SQLITE : Dialect.POSTGRES);
            long applied = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + (backend == Backend.SQLITE ? "1" : "true")
                            + " AND version IS NOT NULL").mapTo(Long.class).one());
            assertThat(applied).isEqualTo(migrations).isPositive();
            if (backend == Backend.POSTGRES) {
                // Tells in the report which server the fixture found (embedded 17, or the system's as root).
                System.out.println("PostgreSQL " + db.jdbi().withHandle(h -> h.createQuery("SHOW server_version").mapTo(String.class).one()));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void the_index_names_the_newest_migration_file() throws Exception {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.newestPackagedMigration()).as("db/newest-migration.txt: update it with each new migration").isEqualTo(newest);
    }

    @org.junit.jupiter.api.Test
    void migrations_are_numbered_one_to_the_newest_without_gaps() throws Exception {
        java.util.List<Integer> versions;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            versions = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
        }
        assertThat(versions).as("a gap would let a schema with a missing migration pass as current")
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, versions.size()).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_schema_missing_a_migration_below_the_newest_is_not_current(Backend backend) {
        try (Database db = TestDatabases.open(backend, dir)) {
            db.jdbi().useHandle(h -> h.execute("DELETE FROM flyway_schema_history WHERE version = '2'"));
            assertThat(Database.upToDate(db.dataSource())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_current_schema_is_known_as_current_and_one_with_a_failed_migration_is_not(Backend backend) {
        try (Database db = TestDatabases.open(backend, dir)) {
            assertThat(Database.upToDate(db.dataSource())).isTrue();
            db.jdbi().useHandle(h -> h.execute("UPDATE flyway_schema_history SET success = " + (backend == Backend.SQLITE ? "0" : "false")
                    + " WHERE version = '1'"));
            assertThat(Database.upToDate(db.dataSource())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void opening_twice_migrates_once(Backend backend) {
        var config = TestDatabases.config(backend, dir);
        try (Database first = Database.open(config)) {
            first.settings().put("k", "v");
        }
        try (Database again = Database.open(config)) {
            assertThat(again.settings().get("k")).contains("v");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void the_reads_of_one_request_share_one_connection(Backend backend) {
        try (Database db = TestDatabases.open(backend, dir)) {
            db.settings().put("k", "v");
            int during = db.reading(() -> {
                db.settings().get("k");
                db.accounts().listUsers();
                return db.dataSource().getHikariPoolMXBean().getActiveConnections();
            });
            assertThat(during).isEqualTo(1);
            assertThat(db.reading(() -> db.reading(() -> db.settings().get("k")))).contains("v");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void a_transaction_inside_reading_is_refused_before_it_can_wait_for_the_writer(Backend backend) {
        try (Database db = TestDatabases.open(backend, dir)) {
            assertThatThrownBy(() -> db.reading(() -> db.inTransaction(tx -> tx.settings().get("k"))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("reading");
            db.useTransaction(tx -> tx.settings().put("after", "ok")); // the flag does not outlive reading()
            assertThat(db.settings().get("after")).contains("ok");
        }
    }
}
