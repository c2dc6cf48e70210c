package org.hourbook.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A number that changes whenever any other connection commits to the embedded database: this
 * process's writer, its checkpoints, or another process on the same file ({@code hourbook import
 * --data} while the server runs). SQLite's {@code PRAGMA data_version} on a connection of its own
 * that never writes; reading it touches only the write-ahead log's shared index, a few
 * microseconds, so a page kept in memory can be checked against it on every request instead of
 * asking the database whether its data changed (the public retainer page, bench/README.md).
 * <pre>
 *  writer    ──commit──────────commit────
 *  stamp     7  7  7  8  8  8  8  9  9
 *  page      built at 7 ─ served ┘ rebuilt at 8 ─ served ┘ rebuilt at 9
 * </pre>
 * Read the stamp <em>before</em> the reads a kept result comes from: a commit in between then
 * makes the result look older than it is, never newer.
 */
final class ChangeStamp implements AutoCloseable {
    private final String url;
    private final Properties properties;
    private Connection connection;
    private PreparedStatement statement;

    ChangeStamp(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /** The current stamp; any change means a commit happened since it was last read. */
    synchronized long read() {
        try {
            if (statement == null) {
                connection = DriverManager.getConnection(url, properties);
                statement = connection.prepareStatement("PRAGMA data_version");
            }
            // Closing the result ends the read transaction at once: an open one would hold back checkpoints.
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new IllegalStateException("could not read the database's change counter: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
        connection = null;
        statement = null;
    }
}
