package org.hourbook.app.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hourbook.app.Main;
import org.hourbook.app.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook restore}: a backup archive into a new data directory, every file checked first. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Restores a backup archive into a new, empty data directory.",
        description = {
                "Unpacks an archive made by 'hourbook backup' into a data directory that",
                "is new or empty (it never overwrites anything), checking the SHA-256 of",
                "every file against the manifest and the database with SQLite's integrity",
                "check. If anything is damaged it names each damaged file and leaves the",
                "directory as it was. Then 'hourbook serve --data DIR' runs on it.",
                "",
                "An archive from PostgreSQL holds the screenshots only: they go to",
                "DIR/blobs; restore the database with pg_restore.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook restore --from /backups/hourbook-2026-11-18.zip --data /srv/hb-new",
                "  hourbook serve --data /srv/hb-new",
                "",
                "Exit codes: 0 restored; 1 refused (damaged archive, directory not empty)",
                "or failed; 2 a wrong option."})
public final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "FILE", description = "the archive 'hourbook backup' wrote")
    Path from;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the new data directory (new or empty)")
    Path data;

    private final Main.Context ctx;

    public RestoreCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = data.toAbsolutePath().normalize();
        Manifest m;
        try {
            m = new Restorer(ctx.out(), ctx.clock()).restore(from.toAbsolutePath().normalize(), dir);
        } catch (Restorer.Refused refused) {
            ctx.err().println("hourbook restore: refused, nothing was restored:");
            refused.problems.forEach(p -> ctx.err().println("  - " + p));
            return 1;
        }
        ctx.out().println("hourbook restore: restored " + m.files().size() + " files into " + dir + "; every SHA-256 matches");
        ctx.out().println("  it holds " + m.describeCounts() + " (backup of " + m.createdAt() + ")");
        if (m.missing() != null && !m.missing().isEmpty()) {
            ctx.out().println("  " + BackupCommand.files(m.missing().size()) + " could not be copied when the backup was made (see its manifest)");
        }
        if (m.hasDatabase()) {
            ctx.out().println("  start it with: hourbook serve --data " + dir);
        } else {
            ctx.out().println("  this backup came from PostgreSQL: the screenshots are in " + dir.resolve("blobs")
                    + "; restore the database with pg_restore");
        }
        return 0;
    }
}
