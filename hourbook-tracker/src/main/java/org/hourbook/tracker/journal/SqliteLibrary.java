package org.hourbook.tracker.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library kept in the tracker's data folder ({@code .cache/}): otherwise each
 * start unpacks it into the temp folder again, and a tracker killed hard leaves that copy behind
 * (sqlite-jdbc deletes it only on a normal exit). Per driver version, OS and CPU; when the copy
 * cannot be used the driver falls back to its own unpacking. A set {@code org.sqlite.lib.path} wins.
 */
final class SqliteLibrary {
    private SqliteLibrary() {}

    static synchronized void useCopyIn(Path cacheDir) {
        if (System.getProperty("org.sqlite.lib.path") != null) return;
        try {
            String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "_");
            Path folder = cacheDir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
            String name = LibraryLoaderUtil.getNativeLibName();
            Path lib = folder.resolve(name);
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
                    if (in == null) return;
                    Files.createDirectories(folder);
                    Path tmp = Files.createTempFile(folder, name, ".tmp");
                    try {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // the driver unpacks its own copy, as it always does
        }
    }
}
