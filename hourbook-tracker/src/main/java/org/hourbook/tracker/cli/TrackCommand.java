package org.hourbook.tracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hourbook track}: the desktop tracker. Alone it opens the window; its subcommands run it
 * from a terminal or a script.
 */
@Command(name = "track", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 80,
        description = {
                "Tracks your time on a contract, in the window or from a terminal.",
                "",
                "Records your work in 10-minute segments with a screenshot and activity counts,",
                "keeps them in a local journal and uploads them to the server. Without a",
                "command it opens the window.", ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook track login --server https://hours.example.com --email me@example.com",
                "  hourbook track start --contract 12 --memo \"Checkout: address form\"",
                "  hourbook track status --json",
                "  hourbook track stop",
                "",
                "Environment: HOURBOOK_PASSWORD (login without a prompt), HOURBOOK_TRACKER_DATA",
                "(data folder; default ~/.local/share/hourbook-tracker on Linux)."})
public final class TrackCommand implements Callable<Integer> {
    final Ctx ctx;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (journal, screenshots, log, sign-in)")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public TrackCommand(Ctx ctx) {
        this.ctx = ctx;
    }

    /** The command with all its subcommands, ready to add to a parent or to execute. */
    public static CommandLine commandLine(Ctx ctx) {
        TrackCommand root = new TrackCommand(ctx);
        CommandLine cl = new CommandLine(root)
                .addSubcommand(new LoginCommand(root))
                .addSubcommand(new LogoutCommand(root))
                .addSubcommand(new StartCommand(root))
                .addSubcommand(new StopCommand(root))
                .addSubcommand(new StatusCommand(root))
                .addSubcommand(new SyncCommand(root))
                .addSubcommand(new IdleCommand(root))
                .addSubcommand(new DoctorCommand(root))
                .addSubcommand(new ContractsCommand(root));
        cl.setOut(new java.io.PrintWriter(ctx.out(), true));
        cl.setErr(new java.io.PrintWriter(ctx.err(), true));
        return cl;
    }

    TrackerConfig config() {
        return ctx.config(data);
    }

    /** The saved sign-in, or a message and empty. */
    java.util.Optional<Account> account() {
        TrackerConfig c = config();
        java.util.Optional<Account> a = Account.load(c.accountFile());
        if (a.isEmpty()) ctx.err().println(TrackerConfig.command() + ": not signed in; run '" + TrackerConfig.command() + " login --server URL --email EMAIL' first");
        return a;
    }

    @Override
    public Integer call() throws Exception {
        return org.hourbook.tracker.ui.Window.open(this);
    }

    public Ctx ctx() {
        return ctx;
    }

    public TrackerConfig trackerConfig() {
        return config();
    }

    CommandLine.Model.CommandSpec spec() {
        return spec;
    }
}
