package org.hourbook.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.hourbook.app.admin.AdminCommand;
import org.hourbook.app.backup.BackupCommand;
import org.hourbook.app.backup.RestoreCommand;
import org.hourbook.server.ops.BatchedStderr;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hourbook} command. {@link #main} only reads configuration (flags over environment
 * over defaults), starts what was asked for and waits; {@link #launch} does the same without
 * touching process-wide state, so tests can run it in-process on a random port.
 */
@Command(name = "hourbook", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        description = {
                "Hourbook: a self-hosted Work Diary for hourly contracts and an hours tracker",
                "for retainers. Freelancers, agencies and clients review the same diary of",
                "10-minute segments with screenshots, activity, memos, weekly limits and",
                "timesheets.",
                ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook demo                   try it on demo data: http://127.0.0.1:8080/",
                "  hourbook serve --data /srv/hourbook",
                "  hourbook track start --memo \"Checkout: address form\"",
                "  HOURBOOK_DB_URL=jdbc:postgresql://db/hourbook hourbook serve --host 0.0.0.0",
                "  hourbook backup --to /backups/hourbook.zip --data /srv/hourbook",
                "",
                "Run 'hourbook <command> --help' for its settings and environment variables."})
public final class Main implements Runnable {
    /** What a command needs from the outside world, passed in rather than read from statics. */
    public record Context(Map<String, String> env, PrintStream out, PrintStream err, Clock clock, Instant startedAt,
                          AtomicReference<Running> running) {
        Duration sinceStart() {
            return Duration.between(startedAt, clock.instant());
        }

        /** Prints every configuration problem for {@code command} ("serve", "admin mail") and returns the usage exit code. */
        public int reportInvalid(String command, Settings.Invalid invalid) {
            err.println("hourbook " + command + ": cannot start, please fix:");
            invalid.problems.forEach(p -> err.println("  - " + p));
            err.println("(see 'hourbook " + command + " --help')");
            return 2;
        }
    }

    /** The result of {@link #launch}: the exit code, and the server if a command left one running. */
    public record Launched(int exitCode, Optional<Running> running) {}

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // "hourbook" alone: show what it can do instead of failing.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Start-up counts from the JVM's own start, which is what an operator waits for. Not the
        // process's start: ./hourbook builds the jar when it is stale and then execs java in the
        // same process, so the process start would count the Maven build too.
        Instant jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Launched launched = launch(args, System.getenv(), System.out, System.err, Clock.systemUTC(), jvmStart);
        if (launched.running().isEmpty()) System.exit(launched.exitCode());
        Running running = launched.running().get();
        // From here on stderr carries the request log, a line per request: batched, not a write each.
        BatchedStderr stderr = BatchedStderr.install();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("hourbook: stopping (finishing requests in flight) ...");
            try {
                running.close();
            } finally {
                try {
                    stderr.drain();
                } catch (java.io.IOException e) {
                    // stderr is gone; nothing left to tell
                }
                stopped.countDown();
            }
        }, "hourbook-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs the command line. {@code serve} and {@code demo} return with the server still running;
     * the caller closes it.
     */
    public static Launched launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock,
                                  Instant startedAt) {
        Context ctx = new Context(Map.copyOf(env), out, err, clock, startedAt, new AtomicReference<>());
        CommandLine cli = commandLine(ctx);
        int code = cli.execute(args);
        return new Launched(code, Optional.ofNullable(ctx.running().get()));
    }

    static CommandLine commandLine(Context ctx) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new ServeCommand(ctx))
                .addSubcommand(new DemoCommand(ctx))
                .addSubcommand(new ImportCommand(ctx))
                .addSubcommand(AdminCommand.commandLine(ctx))
                .addSubcommand(new BackupCommand(ctx))
                .addSubcommand(new RestoreCommand(ctx))
                .addSubcommand(org.hourbook.tracker.cli.TrackCommand.commandLine(
                        new org.hourbook.tracker.cli.Ctx(ctx.env(), ctx.out(), ctx.err(), System.console())))
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(ctx.out(), true));
        cli.setErr(new PrintWriter(ctx.err(), true));
        // --kind agency, --role owner: operators type the words as the help shows them.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ctx.err().println("hourbook: " + commandLine.getCommandName() + " failed: " + describe(e));
            return 1;
        });
        return cli;
    }

    /**
     * A wrong command line: what was wrong and what the command knows instead (its commands or
     * its options), in a few lines rather than the whole help, and exit code 2.
     */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        String name = c.getCommandSpec().qualifiedName();
        List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : List.of();
        if (!unmatched.isEmpty()) {
            String first = unmatched.getFirst();
            List<String> options = c.getCommandSpec().options().stream().map(CommandLine.Model.OptionSpec::longestName).toList();
            if (first.startsWith("-")) {
                err.println(name + ": unknown option '" + first + "'. Its options: " + String.join(", ", options));
            } else if (!c.getSubcommands().isEmpty()) {
                err.println(name + ": unknown command '" + first + "'. Its commands: " + String.join(", ", c.getSubcommands().keySet()));
            } else {
                err.println(name + ": unexpected '" + first + "' (it takes options only: " + String.join(", ", options) + ")");
            }
        } else {
            err.println(name + ": " + ex.getMessage());
        }
        err.println("(see '" + name + " --help')");
        return 2;
    }

    /** The message of the deepest cause: "address already in use" beats a wrapper's text. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String top = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root == e || root.getMessage() == null || top.contains(root.getMessage())) return top;
        return top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
