package org.hourbook.app.admin;

import java.util.List;
import org.hourbook.app.Main;
import org.hourbook.app.Version;
import org.hourbook.store.account.Seat;
import org.hourbook.store.account.UserStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hourbook admin users ...}: list, create, disable, enable. */
final class UsersCommands {
    private UsersCommands() {}

    @Command(name = "users", mixinStandardHelpOptions = true, versionProvider = Version.class, usageHelpWidth = 80,
            header = "Lists, creates, disables and enables accounts.",
            description = {"People's accounts: who can sign in, in which organizations, last seen.", ""},
            commandListHeading = "%nCommands:%n",
            footerHeading = "%nExamples:%n",
            footer = {
                    "  hourbook admin users list",
                    "  hourbook admin users create --email ana@example.org --name \"Ana Lima\"",
                    "  hourbook admin users disable --email bo@example.org",
                    "  hourbook admin users enable --email bo@example.org"})
    static final class Users extends CommandGroup {
        Users(Main.Context ctx) {
            super(ctx);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false, usageHelpWidth = 80,
            header = "Lists every account: status, organizations and roles, last seen.",
            description = {
                    "Lists every account, oldest first. Status is 'active', 'no password'",
                    "(the person has not used their password link yet) or 'disabled' with",
                    "the date. Last seen is the latest use of a session or an API token that",
                    "is still there.",
                    ""},
            footerHeading = "%nExample:%n",
            footer = {"  hourbook admin users list --data /srv/hourbook"})
    static final class ListUsers extends AdminLeaf {
        ListUsers(Main.Context ctx) {
            super(ctx);
        }

        @Override
        int run(Installation installation) {
            List<UserStatus> users = installation.db().userStatus().list();
            if (users.isEmpty()) {
                out().println("no accounts yet: 'hourbook serve' prints a setup link, or run 'hourbook admin create-user'");
                return 0;
            }
            Table table = new Table("ID", "EMAIL", "NAME", "STATUS", "LAST SEEN", "ORGANIZATIONS");
            for (UserStatus u : users) {
                List<Seat> seats = installation.db().accounts().seatsOf(u.user().id());
                String orgs = seats.isEmpty() ? "-" : String.join(", ", seats.stream()
                        .map(s -> s.org().name() + " (" + Words.role(s.membership().role()) + ")").toList());
                String status = u.disabled() ? "disabled " + AdminLeaf.at(u.disabledAt()).substring(0, 10)
                        : u.hasPassword() ? "active" : "no password";
                table.row(String.valueOf(u.user().id()), u.user().email(), u.user().name(), status, AdminLeaf.at(u.lastSeenAt()), orgs);
            }
            table.print(out());
            long disabled = users.stream().filter(UserStatus::disabled).count();
            out().println(users.size() + (users.size() == 1 ? " account" : " accounts") + (disabled > 0 ? ", " + disabled + " disabled" : ""));
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            usageHelpWidth = 80,
            header = "Stops sign-in and ends the person's sessions and tokens now.",
            description = {
                    "For someone who left. At once: they cannot sign in, every browser session",
                    "of theirs ends, every API and tracker token is revoked, and their unused",
                    "password links stop working. Their time, contracts and audit history",
                    "stay as they are. 'enable' lets them sign in again; the ended sessions",
                    "and tokens do not come back.",
                    ""},
            footerHeading = "%nExample:%n",
            footer = {"  hourbook admin users disable --email bo@example.org --data /srv/hourbook"})
    static final class Disable extends AdminLeaf {
        @Option(names = "--email", required = true, paramLabel = "E", description = "the email of the account")
        String email;

        Disable(Main.Context ctx) {
            super(ctx);
        }

        @Override
        int run(Installation installation) {
            var result = installation.services().userAdmin().disable(email);
            var who = result.user();
            if (!result.changed()) {
                var since = installation.db().userStatus().find(who.id()).map(UserStatus::disabledAt).orElse(null);
                out().println("hourbook: " + who.email() + " was disabled already (since " + AdminLeaf.at(since) + "); nothing changed");
                return 0;
            }
            out().println("hourbook: disabled " + who.name() + " <" + who.email() + ">: they cannot sign in, and their sessions,");
            out().println("          API tokens and password links ended now. Their time and history stay.");
            out().println("          Undo with: hourbook admin users enable --email " + who.email());
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            usageHelpWidth = 80,
            header = "Lets a disabled person sign in again.",
            description = {
                    "Lets a disabled person sign in again with their password. Sessions and",
                    "tokens ended when they were disabled stay ended: they sign in afresh and",
                    "connect the tracker again. Without a password (or having forgotten it),",
                    "'hourbook admin reset-password' prints a link to choose one.",
                    ""},
            footerHeading = "%nExample:%n",
            footer = {"  hourbook admin users enable --email bo@example.org --data /srv/hourbook"})
    static final class Enable extends AdminLeaf {
        @Option(names = "--email", required = true, paramLabel = "E", description = "the email of the account")
        String email;

        Enable(Main.Context ctx) {
            super(ctx);
        }

        @Override
        int run(Installation installation) {
            var result = installation.services().userAdmin().enable(email);
            var who = result.user();
            if (!result.changed()) {
                out().println("hourbook: " + who.email() + " was not disabled; nothing changed");
                return 0;
            }
            out().println("hourbook: enabled " + who.name() + " <" + who.email() + ">: they can sign in again with their password");
            boolean hasPassword = installation.db().userStatus().find(who.id()).map(UserStatus::hasPassword).orElse(false);
            if (!hasPassword) {
                out().println("          (they have no password yet: hourbook admin reset-password --email " + who.email() + ")");
            }
            return 0;
        }
    }
}
