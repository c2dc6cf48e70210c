package org.hourbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Forms;
import org.hourbook.server.testing.Images;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, for real: the SQLite database and the screenshot blobs live on a tmpfs of 8 MB
 * mounted under the test's temp folder, which the test then fills to the last byte. Mounting needs
 * root; without it the test is skipped loudly, and under {@code CI=true} as root (where it is
 * possible) a failure to mount fails the test.
 */
class DiskFullIT {
    @TempDir
    Path dir;
    Path small;
    boolean mounted;
    TestServer server;

    @BeforeEach
    void mountATinyDisk() throws Exception {
        // sqlite-jdbc unpacks its native library into the first data directory it sees: not the tiny disk.
        TestDatabases.open(Backend.SQLITE, dir.resolve("warm-up")).close();
        small = Files.createDirectories(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        mounted = mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        if (mounted) return;
        String why = "DISK-FULL TEST NEEDS TO MOUNT A TMPFS (root): mount said: " + said;
        if ("true".equalsIgnoreCase(System.getenv("CI")) && "root".equals(System.getProperty("user.name"))) {
            fail(why + " — failing because CI=true and we are root, where mounting works");
        }
        System.err.println("!!! SKIPPED: " + why);
        Assumptions.abort("SKIPPED: " + why);
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            if (server != null) server.close();
        } finally {
            if (mounted) new ProcessBuilder("umount", "-l", small.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_full_disk_answers_507_storage_full_says_so_in_health_logs_once_and_recovers_when_space_is_freed() throws Exception {
        server = TestServer.start(Backend.SQLITE, small);
        World w = new Fixtures(server).hourlyContractWithLimit(40);
        Api fran = server.api(w.freelancer().token());
        String base = "/api/v1/contracts/" + w.contract().id();
        UUID shotless = new Fixtures(server).track(w, Instant.parse("2026-11-16T08:00:00Z"), 1).get(0);
        Fixtures.SignedIn browser = new Fixtures(server).signIn(w.freelancer());
        assertThat(server.anonymous().get("/api/v1/health").json().path("status").asText()).isEqualTo("ok");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(new Tee(stderr, log), true, StandardCharsets.UTF_8));
        try {
            Path filler = fill(small);
            // SQLite reuses room its log already has (a rolled-back write leaves some): each kind of write is repeated
            // until the disk is really out of room for it, and then it must say so.
            int[] slot = {0};
            var upload = untilRefused(() -> fran.post(base + "/segments", Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(),
                    Instant.parse("2026-11-16T09:00:00Z").plusSeconds(600L * slot[0]++), 600, "Checkout: address form")))));
            assertThat(upload.status()).as(upload.toString()).isEqualTo(507);
            assertThat(upload.code()).isEqualTo("storage.full");

            var screenshot = fran.putBytes(base + "/segments/" + shotless + "/screenshot", Images.jpeg(200, 120, Color.ORANGE), "image/jpeg");
            assertThat(screenshot.status()).as("screenshot: blobs on the full disk too: %s", screenshot).isEqualTo(507);
            assertThat(screenshot.code()).isEqualTo("storage.full");
            int[] n = {0};
            var edit = untilRefused(() -> fran.patch(base + "/segments", Map.of("ids", List.of(shotless.toString()), "memo", "memo " + n[0]++)));
            assertThat(edit.status()).as(edit.toString()).isEqualTo(507);
            assertThat(edit.code()).isEqualTo("storage.full");
            var signIn = untilRefused(() -> server.anonymous().post("/api/v1/auth/session",
                    Map.of("email", w.client().email(), "password", Fixtures.PASSWORD)));
            assertThat(signIn.status()).as(signIn.toString()).isEqualTo(507);
            assertThat(signIn.code()).isEqualTo("storage.full");
            var page = untilRefused(() -> Forms.postRaw(browser.api(), "/contracts/" + w.contract().id() + "/diary/memo",
                    Map.of("_csrf", browser.csrf(), "ids", shotless.toString(), "memo", "typed on a full disk " + n[0]++, "date", "2026-11-16")));
            assertThat(page.status()).isEqualTo(507);
            assertThat(page.body()).contains("storage is full", "Nothing was saved");

            var health = server.anonymous().get("/api/v1/health");
            assertThat(health.status()).as("a liveness probe: restarting would not free the disk").isEqualTo(200);
            assertThat(health.json().path("status").asText()).isEqualTo("storage_full");
            assertThat(server.anonymous().get("/api/v1/ready").json().path("storage").asText()).isEqualTo("full");
            assertThat(fran.get(base + "/diary?date=2026-11-16&tz=utc").status()).as("reading still works").isEqualTo(200);
            String logged = log.toString(StandardCharsets.UTF_8);
            assertThat(logged.split("storage is full \\(", -1)).as("logged once, not per request: %s", logged).hasSize(2);
            assertThat(logged).doesNotContain("unhandled error");

            Files.delete(filler);
            assertThat(server.anonymous().get("/api/v1/health").json().path("status").asText()).isEqualTo("ok");
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("storage has room again");
            var again = fran.post(base + "/segments", Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(),
                    Instant.parse("2026-11-17T09:00:00Z"), 600, "after the clean-up"))));
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(fran.putBytes(base + "/segments/" + shotless + "/screenshot", Images.jpeg(200, 120, Color.ORANGE), "image/jpeg")
                    .status()).isEqualTo(200);
        } finally {
            System.setErr(stderr);
        }
    }

    /** The first answer that is not a success (a redirect counts as one), repeating the request at most 300 times. */
    static Api.Response untilRefused(java.util.function.Supplier<Api.Response> request) {
        Api.Response r;
        int tries = 0;
        do {
            r = request.get();
        } while (r.status() < 400 && ++tries < 300);
        return r;
    }

    /** Writes one file until the disk refuses another byte; returns it. */
    static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) out.write(chunk);
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
        // the last partial chunk may have left a few bytes; take them too
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) out.write(0);
        } catch (IOException full) {
            // now it is full
        }
        return filler;
    }

    /** Copies what is written to two streams: the real stderr and the test's buffer. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
