package org.hourbook.tracker.cli;

import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.sync.Api;
import picocli.CommandLine.Command;

@Command(name = "logout", mixinStandardHelpOptions = true, description = {"Signs out and revokes this device's token.", "",
        "Stops tracking, revokes this device's token on the server and forgets it here.",
        "Segments not uploaded yet stay in the journal and upload after the next login."})
final class LogoutCommand implements Callable<Integer> {
    private final TrackCommand root;

    LogoutCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Ctx ctx = root.ctx();
        Control.send(root.config().socket(), Control.request("stop"));
        Optional<Account> a = Account.load(root.config().accountFile());
        if (a.isEmpty()) {
            ctx.out().println("Not signed in.");
            return 0;
        }
        if (a.get().tokenId() != null) {
            try {
                new Api(a.get().server(), a.get().token(), null).revokeToken(a.get().tokenId());
            } catch (Api.Refused | Api.Unreachable e) {
                ctx.err().println(TrackerConfig.command() + " logout: the token could not be revoked on the server (" + e.getMessage()
                        + "); revoke it in your profile's token list");
            }
        }
        Files.deleteIfExists(root.config().accountFile());
        ctx.out().println("Signed out of " + a.get().server() + ".");
        return 0;
    }
}
