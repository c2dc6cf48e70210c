package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stop", mixinStandardHelpOptions = true, description = {"Ends the current segment, uploads and stops.", "", "Ends the current segment, uploads what it can and ends the tracker."})
final class StopCommand implements Callable<Integer> {
    private final TrackCommand root;

    StopCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        Optional<JsonNode> answer = Control.send(root.config().socket(), Control.request("stop"));
        if (answer.isEmpty()) {
            root.ctx().out().println("Not tracking.");
            return 0;
        }
        root.ctx().out().print(StatusView.text(answer.get(), ZoneId.systemDefault()));
        return 0;
    }
}
