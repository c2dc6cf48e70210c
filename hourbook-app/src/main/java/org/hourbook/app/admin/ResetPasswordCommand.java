package org.hourbook.app.admin;

import org.hourbook.app.Main;
import org.hourbook.app.Version;
import org.hourbook.server.account.UserAdminService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook admin reset-password}: a one-hour link to choose a new password, for someone without mail. */
@Command(name = "reset-password", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Prints a one-hour link to choose a new password.",
        description = {
                "For a person who forgot their password where mail is not set up (or did",
                "not arrive). Prints a one-time link, valid for one hour, where they choose",
                "a new password; every earlier password link of theirs stops working. The",
                "password stays as it is until they use the link. Links start with",
                "HOURBOOK_PUBLIC_URL (see 'hourbook admin create-user --help').",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook admin reset-password --email ana@example.org",
                "  HOURBOOK_PUBLIC_URL=https://hours.example.com \\",
                "      hourbook admin reset-password --email ana@example.org --data /srv/hourbook",
                "",
                "Exit codes: 0 link printed, 1 no such account (or another failure),",
                "2 a wrong option."})
final class ResetPasswordCommand extends AdminLeaf {
    @Option(names = "--email", required = true, paramLabel = "E", description = "the email of the account")
    String email;

    ResetPasswordCommand(Main.Context ctx) {
        super(ctx);
    }

    @Override
    int run(Installation installation) {
        var reset = installation.services().userAdmin().resetLink(email);
        PasswordLinks.print(installation, ctx, reset.user(), reset.link(), UserAdminService.RESET_LINK, "where they choose a new password");
        if (reset.disabled()) {
            ctx.err().println("note: this account is disabled: a new password does not let them in until");
            ctx.err().println("      'hourbook admin users enable --email " + reset.user().email() + "'");
        }
        return 0;
    }
}
