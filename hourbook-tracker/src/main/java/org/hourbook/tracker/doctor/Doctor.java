package org.hourbook.tracker.doctor;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hourbook.tracker.activity.ActivityCounter;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.capture.Capture;
import org.hourbook.tracker.capture.Images;
import org.hourbook.tracker.capture.Screens;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.sync.Api;
import org.hourbook.tracker.wire.Wire;

/**
 * The checks a new user is told to make after installing a tracker, as one command: signed in,
 * the contract appears, the clock agrees with the server, a screenshot can be taken (a test shot,
 * never uploaded), input hooks work, and the journal has room. Each is ok or a problem with what
 * to do about it.
 */
public final class Doctor {
    /** Below this the journal warns: a day of screenshots is ~10 MB, the margin is for weeks offline. */
    public static final long MIN_FREE_BYTES = 200L * 1024 * 1024;
    public static final Duration MAX_SKEW = Duration.ofSeconds(30);

    public record Check(String name, boolean ok, String detail, String fix) {}

    private Doctor() {}

    public static List<Check> run(TrackerConfig config, Optional<Account> account, Screens screens, InputHooks hooks) {
        List<Check> checks = new ArrayList<>();
        if (account.isEmpty()) {
            checks.add(new Check("server", false, "not signed in", "run '" + TrackerConfig.command() + " login --server URL --email EMAIL'"));
        } else {
            server(account.get(), config, checks);
        }
        checks.add(capture(screens));
        checks.add(hooks(config, hooks));
        checks.add(journal(config));
        return checks;
    }

    private static void server(Account a, TrackerConfig config, List<Check> checks) {
        Instant[] date = new Instant[1];
        Instant[] local = new Instant[1];
        Api api = new Api(a.server(), a.token(), d -> {
            date[0] = d;
            local[0] = config.time().machineClock().instant();
        });
        try {
            org.hourbook.api.auth.Me me = api.me();
            checks.add(new Check("server", true, "signed in to " + a.server() + " as " + me.name() + " <" + me.email() + ">", null));
            List<org.hourbook.api.contract.ContractView> contracts = api.contracts().stream().filter(Wire::active).filter(c -> c.freelancerId() == me.id()).toList();
            checks.add(contracts.isEmpty()
                    ? new Check("contracts", false, "no active hourly contract to track", "ask the client to offer a contract and accept it in the web UI")
                    : new Check("contracts", true, contracts.size() + " to track: " + String.join(", ", contracts.stream().map(c -> "#" + c.id() + " " + c.title()).toList()), null));
            if (date[0] != null) {
                Duration skew = Duration.between(local[0], date[0]);
                checks.add(skew.abs().compareTo(MAX_SKEW) <= 0
                        ? new Check("clock", true, "agrees with the server (" + skew.toSeconds() + " s)", null)
                        : new Check("clock", false, "this computer's clock is " + Math.abs(skew.toSeconds()) + " s " + (skew.isNegative() ? "ahead of" : "behind")
                                + " the server's", "turn on automatic time (NTP); the server refuses time that ends in the future"));
            } else {
                checks.add(new Check("clock", false, "the server sent no Date header", "check any proxy in front of the server"));
            }
        } catch (Api.Refused e) {
            checks.add(new Check("server", false, e.status() == 401 ? "the server no longer accepts this device's token"
                    : "the server answered " + e.getMessage(), e.status() == 401 ? "sign in again with '" + TrackerConfig.command() + " login'" : "see the server's log"));
        } catch (Api.Unreachable e) {
            checks.add(new Check("server", false, e.getMessage(), "check the address and the network; tracking still works offline and syncs later"));
        }
    }

    static Check capture(Screens screens) {
        long t0 = System.nanoTime();
        Capture c = screens.capture(Images.Mode.NORMAL, Instant.now());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return switch (c) {
            case Capture.Shot s -> new Check("screenshot", true, "test shot of " + s.screens() + " screen" + (s.screens() == 1 ? "" : "s") + ", "
                    + s.width() + "×" + s.height() + ", " + s.jpeg().length / 1024 + " KB JPEG in " + ms + " ms with " + Images.encoder() + " (not uploaded)",
                    Images.encoder().equals("libjpeg-turbo") || !System.getProperty("os.name", "").startsWith("Linux") ? null
                            : "for faster screenshots install libjpeg-turbo's TurboJPEG library (Debian and Ubuntu: apt install libturbojpeg0)");
            case Capture.Failed f -> new Check("screenshot", false, f.reason(), System.getProperty("os.name", "").startsWith("Mac")
                    ? "allow Screen Recording for Hourbook Tracker in System Settings > Privacy & Security"
                    : "run the tracker in an X11 session (on Wayland, log in with 'GNOME on Xorg' or run under XWayland)");
        };
    }

    static Check hooks(TrackerConfig config, InputHooks hooks) {
        try (InputHooks h = hooks) {
            return switch (h.start(new ActivityCounter(config.time()))) {
                case InputHooks.Available a -> new Check("input", true, "keyboard and mouse counting works (" + a.how() + "; counts only, never keys)", null);
                case InputHooks.Unavailable u -> new Check("input", false, u.reason() + "; activity would be recorded as unknown", u.fix());
            };
        }
    }

    static Check journal(TrackerConfig config) {
        try (Journal j = Journal.open(config.journalFile())) {
            String integrity = j.integrity();
            if (!integrity.equals("ok")) {
                return new Check("journal", false, "the journal " + config.journalFile() + " is damaged: " + integrity,
                        "stop the tracker and send the file to support; it still holds your segments");
            }
            FileStore store = Files.getFileStore(config.dataDir());
            long free = store.getUsableSpace();
            String where = config.dataDir() + ", " + free / (1024 * 1024) + " MB free";
            return free >= MIN_FREE_BYTES ? new Check("journal", true, where, null)
                    : new Check("journal", false, where + " (less than " + MIN_FREE_BYTES / (1024 * 1024) + " MB)", "free disk space: offline tracking needs room for screenshots");
        } catch (RuntimeException | IOException e) {
            return new Check("journal", false, "cannot open the journal in " + config.dataDir() + ": " + e.getMessage(),
                    "make sure the folder is writable (or set HOURBOOK_TRACKER_DATA)");
        }
    }
}
