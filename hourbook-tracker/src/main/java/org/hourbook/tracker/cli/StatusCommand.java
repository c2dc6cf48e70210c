package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.journal.Journal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true, description = {"Shows what the tracker is doing (--json for scripts).", "",
        "What the tracker is doing: contract, memo, session/today/week time, hours left",
        "under the weekly limit, sync state, refused segments, last screenshot."})
final class StatusCommand implements Callable<Integer> {
    private final TrackCommand root;

    @Option(names = "--json", description = "as JSON")
    boolean json;

    StatusCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Optional<JsonNode> status = Control.send(root.config().socket(), Control.request("status"));
        if (status.isEmpty()) {
            Optional<Account> a = Account.load(root.config().accountFile());
            if (a.isEmpty()) {
                root.ctx().out().println(json ? "{\"state\":\"signed-out\"}" : "Not signed in ('" + TrackerConfig.command() + " login').");
                return 0;
            }
            try (Journal j = Journal.open(root.config().journalFile())) {
                status = Optional.of(StatusView.of(null, null, j, a.get().key(), root.config().time().now()));
            }
        }
        root.ctx().out().print(json ? Control.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(status.get()) + "\n"
                : StatusView.text(status.get(), ZoneId.systemDefault()));
        return 0;
    }
}
