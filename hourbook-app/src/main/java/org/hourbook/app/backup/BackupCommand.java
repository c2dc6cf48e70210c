package org.hourbook.app.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.hourbook.app.Boot;
import org.hourbook.app.Main;
import org.hourbook.app.Settings;
import org.hourbook.app.Version;
import org.hourbook.app.admin.DataOptions;
import org.hourbook.server.Config;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hourbook backup}: one archive with the database and the screenshots, taken while the server runs. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Copies database and screenshots into one archive while serving.",
        description = {
                "Writes one zip archive: a consistent copy of the SQLite database, taken",
                "while the server goes on working, the screenshot files that copy names,",
                "and manifest.json with what it holds (users, contracts, segments,",
                "screenshots...) and the SHA-256 of every file. 'hourbook restore' checks",
                "them all. The archive appears under its name only once it is complete;",
                "an existing file is never overwritten. Prints a line every 500 files.",
                "",
                "On PostgreSQL (HOURBOOK_DB_URL) the database is not in the archive: back",
                "it up with pg_dump. The screenshots (from the folder or the S3 bucket the",
                "server uses) and the manifest still are.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook backup --to /backups/hourbook-2026-11-18.zip --data /srv/hourbook",
                "  HOURBOOK_DB_URL=jdbc:postgresql://db/hourbook hourbook backup --to shots.zip",
                "      and: pg_dump --format=custom --file=hourbook.pgdump hourbook",
                "",
                "Exit codes: 0 written; 1 failed, or written but some screenshot files the",
                "database names could not be read (they are listed); 2 a wrong option."})
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "the archive to write (a new file)")
    Path to;

    @Mixin
    DataOptions where;

    private final Main.Context ctx;

    public BackupCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException, SQLException {
        Config config;
        try {
            config = where.config(ctx);
        } catch (Settings.Invalid invalid) {
            return ctx.reportInvalid("backup", invalid);
        }
        Path target = to.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            ctx.err().println("hourbook backup: " + target + " exists; a backup never overwrites a file, give a new name");
            return 1;
        }
        if (config.dbUrl() == null && !Files.exists(config.dataDir().resolve(Manifest.DATABASE))) {
            ctx.err().println("hourbook backup: no Hourbook database in " + config.dataDir()
                    + " (point --data at the server's data directory, or set HOURBOOK_DB_URL)");
            return 1;
        }
        if (config.dbUrl() != null) {
            ctx.out().println("hourbook backup: the database is PostgreSQL, which this archive does not hold. Back it up");
            ctx.out().println("  with PostgreSQL's own tool, e.g. pg_dump --format=custom --file=hourbook.pgdump <database>");
            ctx.out().println("  (restore with pg_restore). The archive holds the screenshots and the manifest.");
        }
        try (Database db = Boot.openDatabase(config)) {
            BlobStore blobs = Boot.openBlobs(config, false);
            try {
                return write(db, blobs, target, config);
            } finally {
                if (blobs instanceof AutoCloseable c) close(c);
            }
        }
    }

    private int write(Database db, BlobStore blobs, Path target, Config config) throws IOException, SQLException {
        var result = new BackupWriter(db, blobs, ctx.out(), ctx.clock()).write(target);
        Manifest m = result.manifest();
        ctx.out().println("hourbook backup: wrote " + target + " (" + Progress.megabytes(result.bytes()) + ", " + m.files().size()
                + " files, every SHA-256 in manifest.json)");
        ctx.out().println("  it holds " + m.describeCounts());
        long gone = m.missing() == null ? 0 : m.missing().size() - result.troubles().size();
        if (gone > 0) ctx.out().println("  " + files(gone) + " deleted while it ran (their screenshots were deleted too)");
        if (result.troubles().isEmpty()) return 0;
        ctx.err().println("hourbook backup: the archive lacks " + files(result.troubles().size()) + " that the database names:");
        result.troubles().forEach(t -> ctx.err().println("  - " + t.path() + ": " + t.reason()));
        ctx.err().println("  (the rest is complete; look for them in " + describe(config.blobs()) + ")");
        return 1;
    }

    static String files(long n) {
        return n == 1 ? "1 screenshot file" : n + " screenshot files";
    }

    private static String describe(Config.BlobSettings blobs) {
        return switch (blobs) {
            case Config.BlobSettings.Local local -> local.dir().toString();
            case Config.BlobSettings.S3 s3 -> "the S3 bucket " + s3.bucket();
        };
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // the archive is written; a blob client that fails to close holds nothing we need
        }
    }
}
