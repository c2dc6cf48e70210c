package org.hourbook.app.admin;

import org.hourbook.app.Main;
import org.hourbook.app.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hourbook admin}: operator commands on an installation's database, with or without a running server. */
@Command(name = "admin", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Manages accounts, organizations, password links and mail.",
        description = {
                "Operator commands on the data directory (--data DIR) or the database that",
                "HOURBOOK_DB_URL names: the same settings as 'hourbook serve' reads. They",
                "may run while the server runs on the same data; a change counts at the",
                "server's next request.",
                ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook admin users list --data /srv/hourbook",
                "  hourbook admin create-user --email ana@example.org --name \"Ana Lima\" \\",
                "      --org \"Pixel & Co\" --kind agency",
                "      prints a link where Ana chooses her password (no password is typed here)",
                "  hourbook admin reset-password --email ana@example.org",
                "  hourbook admin users disable --email bo@example.org",
                "",
                "Run 'hourbook admin <command> --help' for its options."})
public final class AdminCommand extends CommandGroup {
    AdminCommand(Main.Context ctx) {
        super(ctx);
    }

    /** The {@code admin} command with every subcommand, for {@code Main} to add. */
    public static CommandLine commandLine(Main.Context ctx) {
        return new CommandLine(new AdminCommand(ctx))
                .addSubcommand(new CommandLine(new UsersCommands.Users(ctx))
                        .addSubcommand(new UsersCommands.ListUsers(ctx))
                        .addSubcommand("create", new CreateUserCommand(ctx))
                        .addSubcommand(new UsersCommands.Disable(ctx))
                        .addSubcommand(new UsersCommands.Enable(ctx)))
                .addSubcommand(new CommandLine(new OrgsCommands.Orgs(ctx))
                        .addSubcommand(new OrgsCommands.ListOrgs(ctx))
                        .addSubcommand(new OrgsCommands.CreateOrg(ctx)))
                .addSubcommand("create-user", new CreateUserCommand(ctx))
                .addSubcommand(new ResetPasswordCommand(ctx))
                .addSubcommand(new AdminMailCommand(ctx));
    }
}
