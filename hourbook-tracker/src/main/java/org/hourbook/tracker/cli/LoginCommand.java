package org.hourbook.tracker.cli;

import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.sync.Api;
import org.hourbook.tracker.sync.SignIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "login", mixinStandardHelpOptions = true, description = {"Signs in and keeps a device token for this computer.", "",
        "Signs in: a device token named after this computer is kept in the data folder.",
        "The password is read from the terminal or HOURBOOK_PASSWORD, never from an argument;",
        "--token reads a token you made in the web UI the same way (or HOURBOOK_TOKEN)."})
final class LoginCommand implements Callable<Integer> {
    private final TrackCommand root;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "the Hourbook server, e.g. https://hours.example.com")
    String server;

    @Option(names = "--email", paramLabel = "EMAIL", description = "your account's email")
    String email;

    @Option(names = "--token", description = "sign in with a pasted token instead of email and password")
    boolean token;

    LoginCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Ctx ctx = root.ctx();
        String url = server.strip().replaceAll("/+$", "");
        try {
            Account a;
            if (token) {
                String t = secret(ctx, "HOURBOOK_TOKEN", "Token: ");
                if (t == null) return 2;
                a = SignIn.withToken(url, t, SignIn.deviceName());
            } else {
                if (email == null) {
                    ctx.err().println(TrackerConfig.command() + " login: --email is required (or --token)");
                    return 2;
                }
                String password = secret(ctx, "HOURBOOK_PASSWORD", "Password for " + email + ": ");
                if (password == null) return 2;
                a = SignIn.withPassword(url, email, password, SignIn.deviceName());
            }
            a.save(root.config().accountFile());
            ctx.out().println("Signed in to " + url + " as " + a.name() + " <" + a.email() + "> (device token \"" + a.device() + "\")");
            return 0;
        } catch (Api.Refused e) {
            ctx.err().println(TrackerConfig.command() + " login: " + (e.body() != null ? e.body().message() : "the server answered " + e.status()));
            return 1;
        } catch (Api.Unreachable e) {
            ctx.err().println(TrackerConfig.command() + " login: " + e.getMessage());
            return 1;
        }
    }

    static String secret(Ctx ctx, String env, String prompt) {
        String v = ctx.env().get(env);
        if (v != null && !v.isEmpty()) return v;
        if (ctx.console() == null) {
            ctx.err().println(TrackerConfig.command() + ": no terminal to ask for it; set " + env);
            return null;
        }
        char[] chars = ctx.console().readPassword(prompt);
        return chars == null ? null : new String(chars);
    }
}
