package org.hourbook.tracker.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.cli.Foreground;
import org.hourbook.tracker.cli.StatusView;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.session.TrackerStatus;
import org.hourbook.tracker.sync.Syncer;

/** The window's {@link Controller} over a tracker running in this process. */
final class RuntimeController implements Controller {
    private final TrackerRuntime rt;
    private volatile List<ContractInfo> contracts;

    RuntimeController(TrackerRuntime rt) {
        this.rt = rt;
        this.contracts = rt.cachedContracts();
    }

    /** Fetches the contract list from the server (falls back to the last seen). */
    List<ContractInfo> refreshContracts() {
        contracts = rt.contracts();
        return contracts;
    }

    @Override
    public List<ContractInfo> contracts() {
        return contracts;
    }

    @Override
    public TrackerStatus status() {
        return rt.tracker().status();
    }

    @Override
    public Syncer.State sync() {
        return rt.syncer().state();
    }

    @Override
    public List<String> syncLines() {
        String text = StatusView.text(Foreground.status(rt), ZoneId.systemDefault());
        return text.lines().filter(l -> l.startsWith("Sync") || l.startsWith("Refused") || l.startsWith("Week lock") || l.startsWith("Clock"))
                .map(l -> l.startsWith("Sync") ? l.replaceFirst("^Sync\\s+", "") : l.replaceFirst("^(\\S+( lock)?)\\s+", "$1: ")).toList();
    }

    @Override
    public void start(ContractInfo contract, String memo, String label) {
        rt.tracker().start(contract, memo, label);
    }

    @Override
    public void stop() {
        rt.tracker().stop(null);
    }

    @Override
    public void answerIdle(boolean keep) {
        rt.tracker().answerIdle(keep);
    }

    @Override
    public void deleteShot(UUID segment) {
        rt.tracker().deleteShot(segment);
    }

    @Override
    public Path thumbnail(String file) {
        Path p = rt.files().dir().resolve(file);
        return Files.isRegularFile(p) ? p : null;
    }

    @Override
    public Path logFile() {
        return rt.log().current();
    }

    @Override
    public String who() {
        return rt.account().name() + " <" + rt.account().email() + "> on " + rt.account().server();
    }

    @Override
    public void signOut() {
        rt.tracker().stop(null);
        rt.syncNow();
        try {
            Files.deleteIfExists(rt.config().accountFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot remove " + rt.config().accountFile() + ": " + e.getMessage(), e);
        }
    }
}
