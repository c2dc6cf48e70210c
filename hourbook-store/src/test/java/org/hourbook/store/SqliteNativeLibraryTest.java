package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void the_driver_library_is_unpacked_once_into_the_data_directory_and_loaded_from_there() throws Exception {
        String path = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        String name = System.getProperty(SqliteNativeLibrary.NAME_PROPERTY);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        try {
            SqliteNativeLibrary.useCopyIn(dir);

            List<Path> libs;
            try (Stream<Path> files = Files.walk(dir)) {
                libs = files.filter(Files::isRegularFile).toList();
            }
            assertThat(libs).hasSize(1).allSatisfy(lib -> assertThat(Files.size(lib)).isGreaterThan(100_000));
            assertThat(Path.of(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).resolve(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY)))
                    .isEqualTo(libs.getFirst());
            long unpackedAt = Files.getLastModifiedTime(libs.getFirst()).toMillis();
            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            SqliteNativeLibrary.useCopyIn(dir); // the next start finds it
            assertThat(Files.getLastModifiedTime(libs.getFirst()).toMillis()).isEqualTo(unpackedAt);
        } finally {
            if (path == null) System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            else System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, path);
            if (name == null) System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
            else System.setProperty(SqliteNativeLibrary.NAME_PROPERTY, name);
        }
    }
}
