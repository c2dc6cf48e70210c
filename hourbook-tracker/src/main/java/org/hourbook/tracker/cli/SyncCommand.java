package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.capture.Screens;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.log.TrackerLog;
import picocli.CommandLine.Command;

@Command(name = "sync", mixinStandardHelpOptions = true, description = {"Uploads everything waiting in the journal now."})
final class SyncCommand implements Callable<Integer> {
    private final TrackCommand root;

    SyncCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Optional<JsonNode> answer = Control.send(root.config().socket(), Control.request("sync"));
        if (answer.isEmpty()) {
            Optional<Account> a = root.account();
            if (a.isEmpty()) return 1;
            var lock = Foreground.lock(root.config());
            if (lock.isEmpty()) {
                root.ctx().err().println(TrackerConfig.command() + " sync: a tracker is starting or stopping; try again in a moment");
                return 1;
            }
            try (TrackerRuntime rt = TrackerRuntime.start(root.config(), a.get(), TrackerLog.in(root.config().logDir(), false),
                    InputHooks.none("sync only"), Screens.unavailable("sync only"))) {
                boolean complete = rt.syncNow().complete();
                answer = Optional.of(Foreground.status(rt).put("syncComplete", complete));
            } finally {
                lock.get().release();
                lock.get().channel().close();
            }
        }
        root.ctx().out().print(StatusView.text(answer.get(), ZoneId.systemDefault()));
        return answer.get().path("syncComplete").asBoolean(false) ? 0 : 1;
    }
}
