package org.hourbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in the data directory, so a start loads it from there.
 * Otherwise every start asks {@code uname} (a child process) which platform this is and unpacks
 * the library from the jar into the temp folder again, ~0.13 s of the 2 s start-up budget
 * (bench/README.md). The copy is per driver version, OS and CPU; if it cannot be loaded (say, a
 * data directory moved to a musl system), sqlite-jdbc logs that and unpacks its own as before.
 * An operator's own {@code org.sqlite.lib.path} wins.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {}

    static void useCopyIn(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) return;
        String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
        Path folder = cacheDir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
        String name = LibraryLoaderUtil.getNativeLibName();
        Path lib = folder.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) unpack(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, lib);
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            // Not fatal: sqlite-jdbc unpacks its own copy into the temp folder, as it always did.
        }
    }

    /** Written beside its final name and renamed, so a crash never leaves half a library there. */
    private static void unpack(String resource, Path lib) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no native library " + resource + " in the driver");
            Files.createDirectories(lib.getParent());
            Path tmp = Files.createTempFile(lib.getParent(), lib.getFileName().toString(), ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
