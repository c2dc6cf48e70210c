package org.hourbook.app.admin;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.hourbook.app.Main;
import org.hourbook.app.Settings;
import org.hourbook.server.Config;
import org.hourbook.server.Refusal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * An admin command that does one thing to an installation: reads the settings, opens the
 * database, runs, and turns a refusal into the operator's words and an exit code
 * (0 done, 1 failed, 2 the command line or a value in it is wrong).
 */
abstract class AdminLeaf implements Callable<Integer> {
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Mixin
    DataOptions where;

    @Spec
    CommandSpec spec;

    final Main.Context ctx;

    AdminLeaf(Main.Context ctx) {
        this.ctx = ctx;
    }

    /** The work, on an open installation; returns the exit code. */
    abstract int run(Installation installation);

    /** Whether the command may create the database (a headless install's first account); others refuse an empty directory. */
    boolean createsDatabase() {
        return false;
    }

    /** "hourbook admin users disable": how the operator called it, for messages. */
    String name() {
        return spec.qualifiedName();
    }

    PrintStream out() {
        return ctx.out();
    }

    @Override
    public Integer call() {
        Config config;
        try {
            config = where.config(ctx);
        } catch (Settings.Invalid invalid) {
            return ctx.reportInvalid(spec.qualifiedName().substring("hourbook ".length()), invalid);
        }
        boolean existed = Installation.exists(config);
        if (!existed && !createsDatabase()) {
            ctx.err().println(name() + ": no Hourbook database in " + config.dataDir()
                    + " (point --data at the server's data directory, or set HOURBOOK_DB_URL)");
            return 1;
        }
        try (Installation installation = Installation.open(config, ctx.clock())) {
            if (!existed) out().println("hourbook: there was no database in " + config.dataDir() + "; created one for the server to use");
            return run(installation);
        } catch (Refusal refusal) {
            ctx.err().println(name() + ": " + refusal.getMessage());
            return refusal instanceof Refusal.RuleBroken ? 2 : 1;
        }
    }

    static String at(Instant instant) {
        return instant == null ? "-" : AT.format(instant);
    }
}
