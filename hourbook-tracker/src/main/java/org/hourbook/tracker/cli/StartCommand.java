package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "start", mixinStandardHelpOptions = true, description = {"Starts tracking a contract (in the background).", "",
        "Starts tracking a contract and returns; the tracker goes on in the background",
        "(--foreground: in this terminal until Ctrl-C or 'track stop'). When a tracker",
        "already runs, it switches to this contract and memo (the current segment ends,",
        "the new one starts with the next 10-minute slot)."})
final class StartCommand implements Callable<Integer> {
    private final TrackCommand root;

    @Option(names = "--contract", paramLabel = "ID|TITLE", description = "contract id or a unique part of its title (not needed with one contract)")
    String contract;

    @Option(names = "--memo", required = true, paramLabel = "TEXT", description = "what you are working on (required; the client reads it)")
    String memo;

    @Option(names = "--label", paramLabel = "LABEL", description = "activity label, one of the contract's labels")
    String label;

    @Option(names = "--foreground", description = "run in this terminal instead of the background")
    boolean foreground;

    StartCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Ctx ctx = root.ctx();
        if (memo == null || memo.isBlank()) {
            ctx.err().println(TrackerConfig.command() + " start: --memo is required: say what you are working on");
            return 2;
        }
        Optional<JsonNode> running = Control.send(root.config().socket(), Control.request("start")
                .put("contract", contract).put("memo", memo).put("label", label));
        if (running.isPresent()) return report(ctx, running.get());
        Optional<Account> account = root.account();
        if (account.isEmpty()) return 1;
        if (foreground) return Foreground.run(ctx, root.config(), account.get(), contract, memo, label);
        List<String> args = new ArrayList<>(List.of("--data", root.config().dataDir().toString(), "start", "--foreground", "--memo", memo));
        if (contract != null) args.addAll(List.of("--contract", contract));
        if (label != null) args.addAll(List.of("--label", label));
        Optional<JsonNode> started = Background.spawn(ctx, root.config(), args);
        if (started.isEmpty()) return 1;
        return report(ctx, started.get());
    }

    private static int report(Ctx ctx, JsonNode status) {
        if (status.has("error")) {
            ctx.err().println(TrackerConfig.command() + " start: " + status.path("error").asText());
            return 1;
        }
        ctx.out().print(StatusView.text(status, ZoneId.systemDefault()));
        return status.path("state").asText().equals("stopped") ? 1 : 0;
    }
}
