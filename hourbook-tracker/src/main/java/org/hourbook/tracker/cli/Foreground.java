package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.session.TrackerState;
import org.hourbook.tracker.sync.Syncer;

/**
 * The tracker process: holds the data directory's lock (one tracker per folder; the OS releases
 * it when the process dies, even by kill -9), runs a {@link TrackerRuntime}, answers the control
 * socket and ends when tracking stops (after one sync pass) or on SIGTERM.
 */
public final class Foreground {
    private Foreground() {}

    /** The lock, or empty when another tracker holds it. */
    public static Optional<FileLock> lock(TrackerConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        FileChannel ch = FileChannel.open(config.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.tryLock();
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        return Optional.of(lock);
    }

    /** Runs until tracking stops; returns the exit code. */
    static int run(Ctx ctx, TrackerConfig config, Account account, String contract, String memo, String label) throws IOException {
        Optional<FileLock> lock = lock(config);
        if (lock.isEmpty()) {
            ctx.err().println(TrackerConfig.command() + ": a tracker already runs for " + config.dataDir() + "; use '" + TrackerConfig.command() + " stop' or '" + TrackerConfig.command() + " status'");
            return 1;
        }
        TrackerLog log = TrackerLog.in(config.logDir(), false);
        log.info("launch", "tracker process " + ProcessHandle.current().pid() + " starting (data " + config.dataDir() + ", server " + account.server() + ")");
        TrackerRuntime rt = TrackerRuntime.start(config, account, log);
        CountDownLatch done = new CountDownLatch(1);
        Control control = null;
        try {
            List<ContractInfo> contracts = rt.contracts();
            Optional<ContractInfo> picked = TrackerRuntime.pick(contracts, contract);
            if (picked.isEmpty()) {
                ctx.err().println(TrackerConfig.command() + ": " + (contracts.isEmpty() ? "no active contract to track (or the server is unreachable and none was seen before)"
                        : "say which contract with --contract (id or part of the title): " + describe(contracts)));
                return 2;
            }
            rt.tracker().start(picked.get(), memo, label);
            control = Control.listen(config.socket(), req -> handle(rt, req, done));
            rt.tracker().addListener(s -> {
                if (s.state() instanceof TrackerState.Stopped) done.countDown();
            });
            if (rt.tracker().state() instanceof TrackerState.Stopped st) {
                ctx.err().println(TrackerConfig.command() + ": " + st.reason());
                return 1;
            }
            Control c = control;
            Thread hook = new Thread(() -> {
                log.info("launch", "terminated by a signal: stopping");
                rt.tracker().stop(null);
                rt.syncNow();
                c.close();
                rt.close();
            }, "tracker-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            ctx.out().println(TrackerConfig.command() + ": tracking " + picked.get().title() + " (pid " + ProcessHandle.current().pid() + ")");
            done.await();
            Syncer.Pass pass = rt.syncNow();
            log.info("launch", "tracker process ends; last sync " + pass);
            Runtime.getRuntime().removeShutdownHook(hook);
            return 0;
        } catch (IllegalArgumentException e) {
            ctx.err().println(TrackerConfig.command() + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            if (control != null) control.close();
            rt.close();
            lock.get().release();
            lock.get().channel().close();
        }
    }

    static String describe(List<ContractInfo> contracts) {
        StringBuilder b = new StringBuilder();
        for (ContractInfo c : contracts) b.append(b.isEmpty() ? "" : ", ").append('#').append(c.id()).append(' ').append(c.title());
        return b.toString();
    }

    public static ObjectNode status(TrackerRuntime rt) {
        ObjectNode o = StatusView.of(rt.tracker().status(), rt.syncer().state(), rt.journal(), rt.account().key(), rt.config().time().now());
        o.put("pid", ProcessHandle.current().pid());
        return o;
    }

    /** Answers the CLI for a tracker that a window runs: 'track stop' stops tracking, the window stays. */
    public static AutoCloseable control(TrackerRuntime rt) throws IOException {
        return Control.listen(rt.config().socket(), req -> handle(rt, req, new CountDownLatch(1)));
    }

    private static JsonNode handle(TrackerRuntime rt, JsonNode req, CountDownLatch done) {
        String cmd = req.path("command").asText();
        switch (cmd) {
            case "status" -> {
                return status(rt);
            }
            case "stop" -> {
                rt.tracker().stop(null);
                Syncer.Pass pass = rt.syncNow();
                ObjectNode o = status(rt);
                o.put("syncComplete", pass.complete());
                done.countDown();
                return o;
            }
            case "sync" -> {
                Syncer.Pass pass = rt.syncNow();
                return status(rt).put("syncComplete", pass.complete());
            }
            case "idle" -> {
                rt.tracker().answerIdle(req.path("keep").asBoolean());
                return status(rt);
            }
            case "start" -> {
                Optional<ContractInfo> c = TrackerRuntime.pick(rt.contracts(), req.path("contract").asText(null));
                if (c.isEmpty()) return Control.JSON.createObjectNode().put("error", "no such contract: " + req.path("contract").asText());
                rt.tracker().start(c.get(), req.path("memo").asText(null), req.path("label").asText(null));
                return status(rt);
            }
            case "delete-screenshot" -> {
                rt.tracker().deleteShot(java.util.UUID.fromString(req.path("segment").asText()));
                return status(rt);
            }
            default -> {
                return Control.JSON.createObjectNode().put("error", "unknown command " + cmd);
            }
        }
    }

    static Path socket(TrackerConfig config) {
        return config.socket();
    }
}
