package org.hourbook.app.admin;

import java.time.ZoneId;
import org.hourbook.app.Main;
import org.hourbook.app.Version;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.server.account.UserAdminService;
import org.hourbook.server.account.UserAdminService.Created;
import org.hourbook.server.account.UserAdminService.NewUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook admin create-user} (also {@code admin users create}): an account whose owner sets the password. */
@Command(name = "create-user", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Creates an account and prints a link to choose a password.",
        description = {
                "Creates an account, and with --org puts it in an organization (creating",
                "the organization when --kind is given and none has that name). No password",
                "is typed on the command line: the command prints a one-time link, valid",
                "for 7 days, where the person chooses their own. Send it to them the way",
                "you trust; 'hourbook admin reset-password' makes a new one if it expires.",
                "On a data directory without a database this creates the database, so a",
                "headless install can get its first account before the first 'serve'.",
                "",
                "Links start with HOURBOOK_PUBLIC_URL (e.g. https://hours.example.com); when",
                "it is not set, with the address the server listens at (HOURBOOK_HOST,",
                "HOURBOOK_PORT), which only works where that address is reachable.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  hourbook admin create-user --email ana@example.org --name \"Ana Lima\" \\",
                "      --org \"Pixel & Co\" --kind agency",
                "      Ana owns the new agency Pixel & Co",
                "  hourbook admin create-user --email fran@example.org --name Fran \\",
                "      --org \"Pixel & Co\" --zone Asia/Kathmandu",
                "      Fran joins the agency as a freelancer",
                "  hourbook admin create-user --email olivia@acme.test --name Olivia \\",
                "      --org Acme --kind client --role owner",
                "",
                "Roles: an agency has owner, manager, freelancer (the default for a new",
                "member); a client company owner, manager, client (default client); a solo",
                "freelancer's workspace only its owner. Whoever creates an organization",
                "here owns it. Exit codes: 0 created, 1 failed (e.g. the email is taken),",
                "2 a wrong option or value."})
final class CreateUserCommand extends AdminLeaf {
    @Option(names = "--email", required = true, paramLabel = "E", description = "the email the person signs in with")
    String email;

    @Option(names = "--name", required = true, paramLabel = "N", description = "their name, as others see it")
    String name;

    @Option(names = "--org", paramLabel = "NAME", description = {"put them in this organization (a name, or",
            "the id that 'admin orgs list' shows)"})
    String org;

    @Option(names = "--kind", paramLabel = "K", description = {"agency, freelancer or client: create the",
            "organization with this kind if it does not exist"})
    OrgKind kind;

    @Option(names = "--role", paramLabel = "R", description = {"owner, manager, freelancer or client",
            "(default: by the organization's kind)"})
    Role role;

    @Option(names = "--zone", paramLabel = "Z", converter = ZoneConverter.class, description = {"their time zone, e.g. Europe/Berlin",
            "(default UTC; they can change it later)"})
    ZoneId zone;

    CreateUserCommand(Main.Context ctx) {
        super(ctx);
    }

    @Override
    boolean createsDatabase() {
        return true;
    }

    @Override
    int run(Installation installation) {
        Created c = installation.services().userAdmin().createUser(new NewUser(email, name, zone, org, kind, role));
        String where = c.org() == null ? "" : ", " + Words.role(c.membership().role()) + " of " + (c.orgCreated() ? "the new " : "the ")
                + Words.kind(c.org().kind()) + " " + c.org().name();
        out().println("hourbook: created " + c.user().name() + " <" + c.user().email() + ">" + where
                + " (time zone " + c.user().zone().getId() + ")");
        PasswordLinks.print(installation, ctx, c.user(), c.link(), UserAdminService.NEW_ACCOUNT_LINK,
                "where they choose their password");
        return 0;
    }
}
