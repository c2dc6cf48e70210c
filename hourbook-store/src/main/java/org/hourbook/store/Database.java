package org.hourbook.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hourbook.store.account.AccountRepository;
import org.hourbook.store.account.InvitationRepository;
import org.hourbook.store.account.UserStatusRepository;
import org.hourbook.store.audit.AuditRepository;
import org.hourbook.store.auth.ApiTokenRepository;
import org.hourbook.store.auth.CapabilityLinkRepository;
import org.hourbook.store.auth.LoginAttemptRepository;
import org.hourbook.store.auth.SessionRepository;
import org.hourbook.store.contract.ContractRepository;
import org.hourbook.store.contract.OfferRepository;
import org.hourbook.store.mail.OutboxRepository;
import org.hourbook.store.segment.SegmentRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The open database: a migrated schema, a connection pool and the repositories.
 * <pre>
 * try (Database db = Database.open(StoreConfig.sqlite(dataDir))) {
 *     db.accounts().createUser(...);                       // one short transaction per call
 *     db.inTransaction(tx -> {                             // several repositories, atomically
 *         var results = tx.segments().insertAll(batch);
 *         tx.audit().append(...);
 *         return results;
 *     });
 * }
 * </pre>
 * SQLite allows one writer at a time: its transactions start with {@code BEGIN IMMEDIATE}, so a
 * writer waits at the start instead of failing when it upgrades a read lock, and they queue in
 * the JVM ({@link WriterGate}) rather than in SQLite's sleeping busy handler.
 */
public final class Database implements AutoCloseable {
    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    /**
     * The SQLite writer's page cache, in KiB (SQLite's default is 2,000). A transaction's changed
     * pages wait in this cache until it commits; with the default, an import of 200,000 rows (its
     * table and three indexes, ~30 MB) spilled them into the log mid-transaction and wrote them
     * again, and ran at 72k rows/s; with 32 MiB at 90k (64 MiB did no better). The cache is
     * native memory, filled only as pages are touched, and only this one connection has it.
     */
    private static final int WRITER_CACHE_KIB = 32 * 1024;
    /** sqlite3_open_v2's flags, as sqlite-jdbc's {@code open_mode} takes them. */
    private static final int SQLITE_OPEN_READWRITE = 0x02, SQLITE_OPEN_CREATE = 0x04, SQLITE_OPEN_NOMUTEX = 0x8000;

    private final Dialect dialect;
    private final HikariDataSource dataSource;
    /** SQLite: the one connection every transaction runs on; PostgreSQL: none, transactions use the pool. */
    private final HikariDataSource writerSource;
    private final Jdbi jdbi;
    private final Jdbi writer;
    private final WriterGate gate;
    /** SQLite only: copies the write-ahead log into the database file in the background. */
    private final Checkpointer checkpointer;
    /** SQLite only: tells whether anything committed since a moment ({@link #changeStamp}). */
    private final ChangeStamp changes;
    /** Set while this thread is inside {@link #reading}. */
    private final ThreadLocal<Boolean> reading = new ThreadLocal<>();
    private final Repositories pooled;

    private Database(Dialect dialect, HikariDataSource dataSource, HikariDataSource writerSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.writerSource = writerSource;
        this.jdbi = Jdbi.create(dataSource);
        this.writer = writerSource == null ? jdbi : Jdbi.create(writerSource);
        if (dialect == Dialect.SQLITE) {
            StatementCache statements = new StatementCache();
            jdbi.setStatementBuilderFactory(statements);
            writer.setStatementBuilderFactory(statements);
        }
        this.gate = WriterGate.forDialect(dialect);
        this.pooled = new Repositories(new HandleSource.Pooled(jdbi, writer, gate));
        this.checkpointer = dialect == Dialect.SQLITE ? new Checkpointer(jdbi, Duration.ofSeconds(1)) : null;
        this.changes = dialect == Dialect.SQLITE ? new ChangeStamp(dataSource.getJdbcUrl(), dataSource.getDataSourceProperties()) : null;
    }

    /** Opens the pool and brings the schema up to date (Flyway). */
    public static Database open(StoreConfig config) {
        return open(config, hc -> {});
    }

    /**
     * Like {@link #open(StoreConfig)}, letting the caller adjust the pool before it starts, e.g.
     * {@code hc -> hc.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry))}
     * (Hikari accepts metrics wiring only before the pool starts).
     */
    public static Database open(StoreConfig config, Consumer<HikariConfig> poolCustomizer) {
        Dialect dialect = config.dialect();
        if (config.dbUrl() == null) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
            }
            SqliteNativeLibrary.useCopyIn(config.dataDir().resolve(".cache"));
        }
        HikariConfig hc = hikariConfig(config, dialect);
        poolCustomizer.accept(hc);
        HikariDataSource ds = new HikariDataSource(hc);
        HikariDataSource writer = null;
        try {
            migrate(ds, dialect);
            if (dialect == Dialect.SQLITE) writer = new HikariDataSource(writerConfig(hc));
            return new Database(dialect, ds, writer);
        } catch (RuntimeException e) {
            if (writer != null) writer.close();
            ds.close();
            throw e;
        }
    }

    private static HikariConfig hikariConfig(StoreConfig config, Dialect dialect) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.jdbcUrl());
        hc.setPoolName("hourbook-db");
        if (config.user() != null) hc.setUsername(config.user());
        if (config.password() != null) hc.setPassword(config.password());
        // At least 2: Flyway holds a second connection while it migrates (a pool of 1 deadlocks on PostgreSQL).
        int size = Math.max(2, config.poolSize() > 0 ? config.poolSize() : (dialect == Dialect.SQLITE ? 4 : 10));
        hc.setMaximumPoolSize(size);
        hc.setMinimumIdle(Math.min(2, size));
        if (dialect == Dialect.SQLITE) {
            // sqlite-jdbc reads these as connection properties and applies them on every connection.
            hc.addDataSourceProperty("journal_mode", "WAL");
            hc.addDataSourceProperty("synchronous", "NORMAL");
            hc.addDataSourceProperty("foreign_keys", "true");
            hc.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            // No commit copies the log back into the file; the Checkpointer does, off the request path.
            hc.addDataSourceProperty("wal_autocheckpoint", "0");
            // After a burst of writes the log is cut back to this size once it has been copied.
            hc.addDataSourceProperty("journal_size_limit", String.valueOf(64L << 20));
            // Read-write, create, and no SQLite mutex per call: sqlite-jdbc already serialises every
            // call on a connection (its native methods are synchronized), and a pooled connection
            // has one user at a time. The mutex pair was ~6 % of an import's insert time (bench/README.md, "e").
            hc.addDataSourceProperty("open_mode", String.valueOf(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX));
        }
        return hc;
    }

    /**
     * SQLite writes one transaction at a time anyway (see {@link WriterGate}), so they all run on
     * one connection of their own: its page cache is not emptied by other connections' commits
     * (within noise in the ingest bench), and a writer never waits for a connection that readers
     * hold, nor readers for one a writer holds.
     */
    private static HikariConfig writerConfig(HikariConfig pool) {
        HikariConfig w = new HikariConfig();
        pool.copyStateTo(w);
        w.setPoolName(pool.getPoolName() + "-writer");
        w.setMaximumPoolSize(1);
        w.setMinimumIdle(1);
        w.setConnectionInitSql("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
        return w;
    }

    private static void migrate(HikariDataSource ds, Dialect dialect) {
        if (upToDate(ds)) return;
        String idPk = switch (dialect) {
            // INTEGER PRIMARY KEY is SQLite's rowid alias: 64-bit, assigned on insert.
            case SQLITE -> "INTEGER PRIMARY KEY";
            case POSTGRES -> "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
        };
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(Map.of("id_pk", idPk, "retainer_segment_triggers", RetainerTriggers.of(dialect),
                        // A table that is only its primary key: one b-tree on SQLite; PostgreSQL has no such option.
                        "without_rowid", dialect == Dialect.SQLITE ? " WITHOUT ROWID" : ""))
                .load()
                .migrate();
    }

    /**
     * Whether the schema history already ends at the newest migration this build carries, with no
     * failed one: then Flyway has nothing to do, and not starting it saves its scan of the 40 MB
     * jar and its validation, ~0.14 s of the start-up budget (bench/README.md). Any doubt (no
     * history yet, a failed or newer entry, a version missing below the newest — a migration
     * merged after a later one was applied —, an unreadable index) lets Flyway decide. Versions
     * are numbered 1, 2, 3, ... without gaps (a test keeps them so), so "all applied" is a count.
     */
    static boolean upToDate(DataSource ds) {
        int newest = newestPackagedMigration();
        if (newest <= 0) return false;
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int latest = 0;
            int applied = 0;
            while (rs.next()) {
                if (!rs.getBoolean("success")) return false;
                latest = Math.max(latest, Integer.parseInt(rs.getString("version")));
                applied++;
            }
            return latest == newest && applied == newest;
        } catch (java.sql.SQLException | NumberFormatException e) {
            return false;
        }
    }

    /** The number of the newest {@code db/migration/V<n>__*.sql}, from {@code db/newest-migration.txt} (a test keeps it true). */
    static int newestPackagedMigration() {
        try (var in = Database.class.getResourceAsStream("/db/newest-migration.txt")) {
            return in == null ? -1 : Integer.parseInt(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    public Dialect dialect() { return dialect; }

    /** {@link #changeStamp()} when the database cannot tell cheaply (PostgreSQL: other nodes write to it). */
    public static final long NO_STAMP = Long.MIN_VALUE;

    /**
     * A number that differs from an earlier reading whenever any commit happened in between, from
     * this process or another one; {@link #NO_STAMP} on PostgreSQL. Microseconds, no disk read
     * (SQLite's {@code PRAGMA data_version}, see {@link ChangeStamp}): for results kept in memory
     * that must never be served once stale. Read it before the reads the kept result comes from.
     */
    public long changeStamp() {
        return changes == null ? NO_STAMP : changes.read();
    }

    public Jdbi jdbi() { return jdbi; }

    /** The pool, e.g. for {@code dataSource.setMetricRegistry(...)} / micrometer pool metrics. */
    public HikariDataSource dataSource() { return dataSource; }

    /** Repositories where each call runs on its own pooled connection. */
    public Repositories repositories() { return pooled; }

    public AccountRepository accounts() { return pooled.accounts(); }

    public ContractRepository contracts() { return pooled.contracts(); }

    public SegmentRepository segments() { return pooled.segments(); }

    public SessionRepository sessions() { return pooled.sessions(); }

    public ApiTokenRepository apiTokens() { return pooled.apiTokens(); }

    public AuditRepository audit() { return pooled.audit(); }

    public SettingsRepository settings() { return pooled.settings(); }

    public LoginAttemptRepository loginAttempts() { return pooled.loginAttempts(); }

    public JobLeaseRepository jobLeases() { return pooled.jobLeases(); }

    public OutboxRepository mail() { return pooled.mail(); }

    public CapabilityLinkRepository links() { return pooled.links(); }

    public org.hourbook.store.retainer.RetainerRepository retainers() { return pooled.retainers(); }

    public org.hourbook.store.importing.ImportRepository imports() { return pooled.imports(); }

    public InvitationRepository invitations() { return pooled.invitations(); }

    public OfferRepository offers() { return pooled.offers(); }
    public UserStatusRepository userStatus() { return pooled.userStatus(); }

    /**
     * Runs {@code work} in one transaction with repositories bound to it. Commits when it returns,
     * rolls back when it throws (the exception propagates). Use {@code tx}'s repositories inside:
     * the database's own run on a pooled connection outside the transaction (on SQLite the
     * transaction has its own writer connection, and a write through them would wait for it).
     */
    public <T> T inTransaction(Function<Repositories, T> work) {
        if (reading.get() != null) {
            // A reader would hold a pooled connection while it waits for the writer gate, and the
            // writer it waits for may need that connection: with a small pool, both wait forever.
            throw new IllegalStateException("no transaction inside Database.reading(); write before or after it");
        }
        return gate.through(() -> writer.inTransaction(handle -> work.apply(new Repositories(new HandleSource.Bound(handle)))));
    }

    /**
     * Runs {@code work} on one pooled connection: every repository call inside it reuses the
     * thread's open JDBI handle instead of taking a connection and a new handle per call. For
     * the several reads of one request (who is calling, the contract, a diary day); single-row
     * auto-commit writes are fine inside, transactions are refused (see {@link #inTransaction}).
     */
    public <T> T reading(Supplier<T> work) {
        if (reading.get() != null) return work.get();
        reading.set(Boolean.TRUE);
        try {
            return jdbi.withHandle(h -> work.get());
        } finally {
            reading.remove();
        }
    }

    public void useTransaction(Consumer<Repositories> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /**
     * Writes a consistent copy of the embedded database to {@code target} (a new file) while it
     * is in use. PostgreSQL has its own tools (pg_dump), so this is SQLite only.
     */
    public void backupTo(Path target) {
        if (dialect != Dialect.SQLITE) throw new UnsupportedOperationException("back up PostgreSQL with pg_dump");
        if (Files.exists(target)) throw new IllegalArgumentException("backup target exists: " + target);
        // VACUUM INTO takes a read snapshot: writers continue, the copy is compact and consistent.
        jdbi.useHandle(h -> h.createUpdate("VACUUM INTO :target").bind("target", target.toAbsolutePath().toString()).execute());
    }

    @Override
    public void close() {
        if (checkpointer != null) checkpointer.close();
        if (changes != null) changes.close();
        if (writerSource != null) writerSource.close();
        dataSource.close();
    }
}
