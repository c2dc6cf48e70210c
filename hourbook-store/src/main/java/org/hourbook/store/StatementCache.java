package org.hourbook.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps each SQLite connection's prepared statements for reuse, by SQL text. SQLite compiles
 * every statement on {@code prepare}; neither sqlite-jdbc nor HikariCP keeps them, so a diary
 * request compiled its seven statements anew each time, ~9 % of its CPU (bench/README.md).
 * PostgreSQL's driver has its own server-side statement cache, so this is for SQLite only.
 * <p>A statement is handed to one user at a time: a second use of the same SQL while the first
 * is still open (a query inside another's row mapper) gets a statement of its own, closed after.
 * Statements are prepared on the physical connection, so the pool does not close them when the
 * connection goes back; they go when the connection does (pool lifetime) or when the cache of
 * that connection passes {@link #PER_CONNECTION} entries (least recently used first).
 */
final class StatementCache implements StatementBuilderFactory {
    static final int PER_CONNECTION = 128;

    private final Map<Connection, PerConnection> byConnection = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicLong prepared = new AtomicLong();
    private final StatementBuilder plain = new DefaultStatementBuilder();

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return builder;
    }

    /** Statements compiled so far (for tests: a reused statement is not compiled again). */
    long prepared() {
        return prepared.get();
    }

    private final StatementBuilder builder = new StatementBuilder() {
        @Override
        public Statement create(Connection conn, StatementContext ctx) throws SQLException {
            return plain.create(conn, ctx);
        }

        @Override
        public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
            if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) return plain.create(conn, sql, ctx);
            Connection physical = conn.unwrap(org.sqlite.SQLiteConnection.class);
            return byConnection.computeIfAbsent(physical, c -> new PerConnection()).take(physical, sql);
        }

        @Override
        public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
            return plain.createCall(conn, sql, ctx);
        }

        @Override
        public void close(Connection conn, String sql, Statement stmt) throws SQLException {
            PerConnection cache = conn == null ? null : byConnection.get(conn.unwrap(org.sqlite.SQLiteConnection.class));
            if (cache == null || !cache.giveBack(stmt)) stmt.close();
        }
    };

    /** One physical connection's statements; used only by the thread that holds the connection. */
    private final class PerConnection {
        private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) return false;
                closeQuietly(eldest.getValue());
                return true;
            }
        };
        /** Statements in use, with the SQL they were compiled from (JDBI closes with its unparsed text). */
        private final Map<Statement, String> lent = new IdentityHashMap<>();

        PreparedStatement take(Connection physical, String sql) throws SQLException {
            PreparedStatement ps = idle.remove(sql);
            if (ps == null || ps.isClosed()) {
                ps = physical.prepareStatement(sql, java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY);
                prepared.incrementAndGet();
            }
            lent.put(ps, sql);
            return ps;
        }

        /** Whether the statement was taken here and is kept for the next use. */
        boolean giveBack(Statement stmt) throws SQLException {
            String sql = lent.remove(stmt);
            if (sql == null) return false;
            PreparedStatement ps = (PreparedStatement) stmt;
            if (ps.isClosed()) return true;
            ps.clearParameters();
            PreparedStatement other = idle.putIfAbsent(sql, ps);
            if (other != null) ps.close(); // the same SQL was in use twice at once; keep one
            return true;
        }
    }

    private static void closeQuietly(Statement s) {
        try {
            s.close();
        } catch (SQLException e) {
            // already unusable; nothing to keep
        }
    }
}
