package org.hourbook.app.admin;

import org.hourbook.app.Main;
import org.hourbook.app.Version;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook admin orgs ...}: list and create organizations. */
final class OrgsCommands {
    private OrgsCommands() {}

    @Command(name = "orgs", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpWidth = 80,
            header = "Lists and creates organizations.",
            description = {
                    "Organizations: agencies (many freelancers), a solo freelancer's workspace,",
                    "client companies. People join them with 'hourbook admin create-user",
                    "--org NAME' or by invitation.",
                    ""},
            commandListHeading = "%nCommands:%n",
            footerHeading = "%nExamples:%n",
            footer = {
                    "  hourbook admin orgs list",
                    "  hourbook admin orgs create --name Acme --kind client"})
    static final class Orgs extends CommandGroup {
        Orgs(Main.Context ctx) {
            super(ctx);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false, usageHelpWidth = 80,
            header = "Lists every organization with its kind, members and owners.",
            description = {"Lists every organization, oldest first, with its id (for --org), kind,", "member count and owners.", ""},
            footerHeading = "%nExample:%n",
            footer = {"  hourbook admin orgs list --data /srv/hourbook"})
    static final class ListOrgs extends AdminLeaf {
        ListOrgs(Main.Context ctx) {
            super(ctx);
        }

        @Override
        int run(Installation installation) {
            var orgs = installation.services().userAdmin().organizations();
            if (orgs.isEmpty()) {
                out().println("no organizations yet: 'hourbook admin orgs create --name NAME --kind agency|freelancer|client'");
                return 0;
            }
            Table table = new Table("ID", "KIND", "NAME", "MEMBERS", "OWNERS");
            for (var o : orgs) {
                table.row(String.valueOf(o.org().id()), Words.kind(o.org().kind()), o.org().name(), String.valueOf(o.members()),
                        o.owners().isEmpty() ? "-" : o.owners());
            }
            table.print(out());
            out().println(orgs.size() + (orgs.size() == 1 ? " organization" : " organizations"));
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            usageHelpWidth = 80,
            header = "Creates an organization without members.",
            description = {
                    "Creates an organization. It has no members yet: add its owner with",
                    "'hourbook admin create-user --org NAME --role owner'. Names are unique,",
                    "whatever their case.",
                    ""},
            footerHeading = "%nExamples:%n",
            footer = {
                    "  hourbook admin orgs create --name \"Pixel & Co\" --kind agency",
                    "  hourbook admin orgs create --name Acme --kind client",
                    "",
                    "Exit codes: 0 created, 1 the name is taken (or another failure),",
                    "2 a wrong option or value."})
    static final class CreateOrg extends AdminLeaf {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the organization's name")
        String name;

        @Option(names = "--kind", required = true, paramLabel = "K", description = {"agency, freelancer (a solo freelancer's",
                "workspace) or client (a client company)"})
        OrgKind kind;

        CreateOrg(Main.Context ctx) {
            super(ctx);
        }

        @Override
        boolean createsDatabase() {
            return true;
        }

        @Override
        int run(Installation installation) {
            Organization org = installation.services().userAdmin().createOrganization(name, kind);
            out().println("hourbook: created the " + Words.kind(org.kind()) + " " + org.name() + " (id " + org.id() + ")");
            return 0;
        }
    }
}
