package org.hourbook.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database lives.
 *
 * @param dbUrl    a {@code jdbc:postgresql:} URL, or {@code null} for the embedded SQLite file
 *                 {@code hourbook.db} in {@code dataDir}
 * @param dataDir  the data directory (SQLite file, local blobs); may be {@code null} with PostgreSQL
 * @param poolSize maximum pool connections; {@code 0} picks a default per dialect
 */
public record StoreConfig(String dbUrl, Path dataDir, String user, String password, int poolSize) {

    public StoreConfig {
        if (dbUrl == null && dataDir == null) throw new IllegalArgumentException("either a database URL or a data directory is needed");
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("unsupported database URL (jdbc:postgresql: or jdbc:sqlite: expected): " + dbUrl);
        }
        if (poolSize < 0) throw new IllegalArgumentException("poolSize must be >= 0");
    }

    /** The default: one SQLite file in the data directory. */
    public static StoreConfig sqlite(Path dataDir) {
        return new StoreConfig(null, Objects.requireNonNull(dataDir, "dataDir"), null, null, 0);
    }

    public static StoreConfig postgres(String url, String user, String password) {
        return new StoreConfig(url, null, user, password, 0);
    }

    public StoreConfig withPoolSize(int size) {
        return new StoreConfig(dbUrl, dataDir, user, password, size);
    }

    public Dialect dialect() {
        return dbUrl != null && dbUrl.startsWith("jdbc:postgresql:") ? Dialect.POSTGRES : Dialect.SQLITE;
    }

    /** The JDBC URL actually used. */
    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : "jdbc:sqlite:" + dataDir.resolve("hourbook.db").toAbsolutePath();
    }

    @Override
    public String toString() {
        // Never print the password (config records end up in logs).
        return "StoreConfig[dbUrl=" + jdbcUrl() + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
