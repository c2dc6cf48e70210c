package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.TrackerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "idle", mixinStandardHelpOptions = true, description = {"Keeps or discards the idle time after a pause.", "",
        "After idle time: keep it (it is tracked) or discard it (it never reaches the",
        "server); tracking goes on from now either way."})
final class IdleCommand implements Callable<Integer> {
    private final TrackCommand root;

    @Parameters(paramLabel = "keep|discard")
    String answer;

    IdleCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        if (!answer.equals("keep") && !answer.equals("discard")) {
            root.ctx().err().println(TrackerConfig.command() + " idle: say keep or discard");
            return 2;
        }
        Optional<JsonNode> a = Control.send(root.config().socket(), Control.request("idle").put("keep", answer.equals("keep")));
        if (a.isEmpty()) {
            root.ctx().out().println("Not tracking.");
            return 1;
        }
        root.ctx().out().print(StatusView.text(a.get(), ZoneId.systemDefault()));
        return 0;
    }
}
