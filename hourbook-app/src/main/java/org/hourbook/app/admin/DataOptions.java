package org.hourbook.app.admin;

import java.nio.file.Path;
import org.hourbook.app.Main;
import org.hourbook.app.Settings;
import org.hourbook.server.Config;
import picocli.CommandLine.Option;

/** Which installation a command works on: the same flags and environment as {@code hourbook serve}. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = {"data directory (env HOURBOOK_DATA,", "default ./hourbook-data)"})
    Path data;

    @Option(names = "--db-url", paramLabel = "URL", description = {"PostgreSQL JDBC URL (env HOURBOOK_DB_URL,", "default: SQLite in the data directory)"})
    String dbUrl;

    /** The server's configuration for these flags: database, screenshot store, public URL. */
    public Config config(Main.Context ctx) throws Settings.Invalid {
        return new Settings(ctx.env()).serve(new Settings.Flags(null, null, data, dbUrl));
    }
}
