package org.hourbook.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hourbook.server.Config;
import org.hourbook.store.Database;
import org.hourbook.store.mail.MailState;
import org.hourbook.store.mail.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook admin mail}: what the outbox has not sent yet, and why. */
@Command(name = "mail", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Lists the mails not sent yet: pending, and failed with the reason.",
        description = {
                "Lists every mail the outbox has not sent: pending ones with their attempts",
                "and next attempt, failed ones (no more attempts) with the SMTP server's",
                "last answer. Sent mails are not listed. Exits 0 whatever it lists.",
                ""})
final class AdminMailCommand implements Callable<Integer> {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @Option(names = "--data", paramLabel = "DIR", description = {"data directory (env HOURBOOK_DATA,", "default ./hourbook-data)"})
    Path data;

    @Option(names = "--db-url", paramLabel = "URL", description = {"PostgreSQL JDBC URL (env HOURBOOK_DB_URL,", "default: SQLite in the data directory)"})
    String dbUrl;

    private final Main.Context ctx;

    AdminMailCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Config config;
        try {
            config = new Settings(ctx.env()).serve(new Settings.Flags(null, null, data, dbUrl));
        } catch (Settings.Invalid invalid) {
            return ServeCommand.reportInvalid(ctx, "admin mail", invalid);
        }
        if (config.dbUrl() == null && !Files.exists(config.dataDir().resolve("hourbook.db"))) {
            ctx.err().println("hourbook admin mail: no Hourbook database in " + config.dataDir()
                    + " (point --data at the server's data directory, or set HOURBOOK_DB_URL)");
            return 1;
        }
        try (Database db = Boot.openDatabase(config)) {
            print(db.mail().unsent(10_000), config.mail() != null, ctx.out());
        }
        return 0;
    }

    static void print(List<OutboxEntry> unsent, boolean configured, PrintStream out) {
        if (!configured) out.println("mail is not configured here (HOURBOOK_SMTP_HOST unset): nothing new is queued");
        long failed = unsent.stream().filter(e -> e.state() == MailState.FAILED).count();
        out.println(unsent.size() - failed + " pending, " + failed + " failed");
        for (OutboxEntry e : unsent) {
            String when = e.state() == MailState.FAILED ? "gave up" : "next " + at(e.nextAttemptAt());
            out.println("#" + e.id() + "  " + e.state().name().toLowerCase(Locale.ROOT) + "  " + e.kind() + "  to "
                    + e.recipient() + "  attempts " + e.attempts() + "  " + when + "  queued " + at(e.createdAt()));
            out.println("    subject: " + e.subject());
            if (e.lastError() != null) out.println("    last error: " + e.lastError());
        }
    }

    private static String at(Instant i) {
        return i == null ? "-" : AT.format(i);
    }
}
