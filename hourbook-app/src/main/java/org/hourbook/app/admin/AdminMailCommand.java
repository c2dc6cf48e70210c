package org.hourbook.app.admin;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hourbook.app.Main;
import org.hourbook.app.Version;
import org.hourbook.store.mail.MailState;
import org.hourbook.store.mail.OutboxEntry;
import picocli.CommandLine.Command;

/** {@code hourbook admin mail}: what the outbox has not sent yet, and why. */
@Command(name = "mail", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Lists unsent mails: pending, and failed with the reason.",
        description = {
                "Lists every mail the outbox has not sent: pending ones with their attempts",
                "and next attempt, failed ones (no more attempts) with the SMTP server's",
                "last answer. Sent mails are not listed. Exits 0 whatever it lists.",
                ""})
final class AdminMailCommand extends AdminLeaf {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    AdminMailCommand(Main.Context ctx) {
        super(ctx);
    }

    @Override
    int run(Installation installation) {
        print(installation.db().mail().unsent(10_000), installation.config().mail() != null, out());
        return 0;
    }

    static void print(List<OutboxEntry> unsent, boolean configured, PrintStream out) {
        if (!configured) out.println("mail is not configured here (HOURBOOK_SMTP_HOST unset): nothing new is queued");
        long failed = unsent.stream().filter(e -> e.state() == MailState.FAILED).count();
        out.println(unsent.size() - failed + " pending, " + failed + " failed");
        for (OutboxEntry e : unsent) {
            String when = e.state() == MailState.FAILED ? "gave up" : "next " + stamp(e.nextAttemptAt());
            out.println("#" + e.id() + "  " + e.state().name().toLowerCase(Locale.ROOT) + "  " + e.kind() + "  to "
                    + e.recipient() + "  attempts " + e.attempts() + "  " + when + "  queued " + stamp(e.createdAt()));
            out.println("    subject: " + e.subject());
            if (e.lastError() != null) out.println("    last error: " + e.lastError());
        }
    }

    private static String stamp(Instant i) {
        return i == null ? "-" : SECONDS.format(i);
    }
}
