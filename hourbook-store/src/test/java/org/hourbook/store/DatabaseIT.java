package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void opening_a_fresh_database_migrates_it(Backend backend) {
        try (Database db = TestDatabases.open(backend, dir)) {
            assertThat(db.dialect().name()).isEqualTo(backend == Backend.SQLITE ? "SQLITE" : "POSTGRES");
            assertThat(db.settings().get("nothing")).isEmpty();
        }
    }
}
