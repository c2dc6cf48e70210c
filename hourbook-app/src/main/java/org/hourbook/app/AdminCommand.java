package org.hourbook.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hourbook admin}: operator commands on an installation's database, without a running server. */
@Command(name = "admin", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Looks after an installation: its outgoing mail.",
        description = {
                "Operator commands on the data directory (--data DIR) or the database that",
                "HOURBOOK_DB_URL names, the same settings as 'hourbook serve' reads. They",
                "may run while the server runs.",
                ""},
        commandListHeading = "%nCommands:%n")
final class AdminCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Main.Context ctx;

    AdminCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    /** "hourbook admin" alone names its commands and fails: it was asked to do nothing. */
    @Override
    public Integer call() {
        ctx.err().println("hourbook admin: which command? One of: " + String.join(", ", spec.subcommands().keySet()));
        spec.commandLine().usage(ctx.err());
        return 2;
    }
}
