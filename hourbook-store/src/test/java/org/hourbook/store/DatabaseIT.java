package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}
