package org.hourbook.app.admin;

import java.time.Duration;
import org.hourbook.app.Main;
import org.hourbook.core.account.User;
import org.hourbook.server.auth.CapabilityLinks;

/** Prints a password link the way an operator can pass it on, and says when its address is only a guess. */
final class PasswordLinks {
    /** The page that sets or resets a password (built by the sign-in feature). */
    static final String PATH = "/password/";

    private PasswordLinks() {}

    static void print(Installation installation, Main.Context ctx, User user, CapabilityLinks.Issued link, Duration validFor,
                      String what) {
        String url = installation.link(PATH + link.secret());
        ctx.out().println("hourbook: send " + user.name() + " this link, " + what + ". It works once, for "
                + words(validFor) + " (until " + AdminLeaf.at(link.link().expiresAt()) + "):");
        ctx.out().println("password-link " + url);
        if (!installation.publicUrlConfigured()) {
            ctx.err().println("note: HOURBOOK_PUBLIC_URL is not set, so the link starts with the address the server");
            ctx.err().println("      listens at by these settings (HOURBOOK_HOST, HOURBOOK_PORT). If people reach");
            ctx.err().println("      Hourbook at another address, set HOURBOOK_PUBLIC_URL, e.g.");
            ctx.err().println("      HOURBOOK_PUBLIC_URL=https://hours.example.com, for the server and this command.");
        }
    }

    private static String words(Duration d) {
        if (d.toDays() >= 1 && d.toHoursPart() == 0) return d.toDays() == 1 ? "24 hours" : d.toDays() + " days";
        return d.toHours() == 1 ? "one hour" : d.toHours() + " hours";
    }
}
