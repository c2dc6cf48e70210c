package org.hourbook.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;
import org.hourbook.app.Main;
import org.hourbook.app.Running;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook backup} next to a server taking uploads, and {@code hourbook restore} of what it wrote. */
class BackupRestoreIT {
    @TempDir
    Path tmp;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Main.launch(args, env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(), Instant.now()).exitCode();
    }

    int run(String... args) {
        return run(Map.of(), args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_backup_during_a_stream_of_uploads_restores_every_acknowledged_segment_and_screenshot() throws Exception {
        Path live = tmp.resolve("live");
        Path archive = tmp.resolve("hourbook.zip");
        List<LiveInstall.Acked> acked = Collections.synchronizedList(new ArrayList<>());
        List<LiveInstall.Acked> beforeBackup;
        long contract;
        String token;
        try (LiveInstall install = LiveInstall.start(live, Map.of())) {
            contract = install.contractId;
            token = install.readToken;
            AtomicBoolean stop = new AtomicBoolean();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread tracker = new Thread(() -> {
                try {
                    for (int i = 0; i < LiveInstall.MAX_UPLOADS && !stop.get(); i++) acked.add(install.upload(i));
                } catch (Throwable e) {
                    failed.set(e);
                }
            }, "tracker-uploads");
            tracker.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acked.size() < 5 && failed.get() == null && System.nanoTime() < deadline) Thread.sleep(10);
            beforeBackup = List.copyOf(acked);

            int code = run("backup", "--to", archive.toString(), "--data", live.toString());

            int afterBackup = acked.size();
            stop.set(true);
            tracker.join(60_000);
            assertThat(failed.get()).as("the tracker's uploads").isNull();
            assertThat(code).as(err()).isZero();
            System.out.println("[BackupRestoreIT] acknowledged before the backup " + beforeBackup.size() + ", when it ended "
                    + afterBackup + ", in all " + acked.size());
        }
        assertThat(beforeBackup).hasSizeGreaterThanOrEqualTo(5);
        assertThat(out()).contains("hourbook backup: wrote " + archive, "screenshots");

        Path restored = tmp.resolve("restored");
        assertThat(run("restore", "--from", archive.toString(), "--data", restored.toString())).as(err()).isZero();
        assertThat(out()).contains("every SHA-256 matches", "hourbook serve --data " + restored);

        try (Running back = LiveInstall.serve(restored, Map.of())) {
            for (LiveInstall.Acked a : beforeBackup) {
                assertThat(back.db().segments().findById(a.segment())).as("segment " + a.segment()).isPresent();
                var shot = LiveInstall.get(back.url(), "/api/v1/contracts/" + contract + "/segments/" + a.segment() + "/screenshot", token);
                assertThat(shot.statusCode()).as("screenshot of " + a.segment()).isEqualTo(200);
                assertThat(Hashing.sha256(shot.body())).isEqualTo(a.sha256());
            }
            // Whatever else the snapshot caught (uploads acknowledged while it ran) is whole too: no segment names a missing picture.
            var keys = back.db().jdbi().withHandle(h -> h.createQuery("SELECT shot_sha256 FROM segments WHERE shot_sha256 IS NOT NULL")
                    .mapTo(String.class).list());
            for (String key : keys) assertThat(back.blobs().exists(key)).as("screenshot file " + key).isTrue();
        }
    }

    @Test
    void a_damaged_archive_is_refused_with_the_damaged_file_named_and_nothing_restored() throws Exception {
        Path archive = tmp.resolve("hourbook.zip");
        LiveInstall.Acked damaged;
        try (LiveInstall install = LiveInstall.start(tmp.resolve("live"), Map.of())) {
            install.upload(0);
            damaged = install.upload(1);
            install.upload(2);
            assertThat(run("backup", "--to", archive.toString(), "--data", tmp.resolve("live").toString())).as(err()).isZero();
        }
        byte[] bytes = Files.readAllBytes(archive);
        int at = indexOf(bytes, LiveInstall.image(1));
        assertThat(at).as("the screenshot is stored as it is").isPositive();
        bytes[at + LiveInstall.image(1).length / 2] ^= 0x5a;
        Path broken = Files.write(tmp.resolve("broken.zip"), bytes);
        Path target = tmp.resolve("restored");

        assertThat(run("restore", "--from", broken.toString(), "--data", target.toString())).isEqualTo(1);

        assertThat(err()).contains("refused, nothing was restored", "blobs/" + damaged.sha256() + ": damaged, its SHA-256 is ");
        assertThat(err().lines().filter(l -> l.startsWith("  - "))).as("only the damaged file is named").hasSize(1);
        assertThat(target).doesNotExist();
    }

    @Test
    void restore_refuses_a_directory_that_is_not_empty_and_leaves_it_alone() throws Exception {
        Path archive = tmp.resolve("hourbook.zip");
        try (LiveInstall install = LiveInstall.start(tmp.resolve("live"), Map.of())) {
            install.upload(0);
            assertThat(run("backup", "--to", archive.toString(), "--data", tmp.resolve("live").toString())).isZero();
        }
        Path target = Files.createDirectories(tmp.resolve("in-use"));
        Files.writeString(target.resolve("notes.txt"), "keep me");

        assertThat(run("restore", "--from", archive.toString(), "--data", target.toString())).isEqualTo(1);

        assertThat(err()).contains("is not empty (it holds notes.txt)", "never overwrites");
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void a_screenshot_file_lost_from_the_store_is_named_and_the_rest_is_still_backed_up() throws Exception {
        Path live = tmp.resolve("live");
        Path archive = tmp.resolve("hourbook.zip");
        LiveInstall.Acked lost;
        try (LiveInstall install = LiveInstall.start(live, Map.of())) {
            install.upload(0);
            lost = install.upload(1);
            Files.delete(((org.hourbook.store.blob.LocalBlobStore) install.running.blobs()).path(lost.sha256()));

            assertThat(run("backup", "--to", archive.toString(), "--data", live.toString())).isEqualTo(1);
        }

        assertThat(err()).contains("the archive lacks 1 screenshot file that the database names",
                "blobs/" + lost.sha256() + ": not in the screenshot store");
        assertThat(run("restore", "--from", archive.toString(), "--data", tmp.resolve("restored").toString())).as(err()).isZero();
        assertThat(out()).contains("1 screenshot file could not be copied when the backup was made");
    }

    @Test
    void backup_never_overwrites_a_file() throws Exception {
        try (LiveInstall install = LiveInstall.start(tmp.resolve("live"), Map.of())) {
            Path existing = Files.writeString(tmp.resolve("last-week.zip"), "an older backup");

            assertThat(run("backup", "--to", existing.toString(), "--data", tmp.resolve("live").toString())).isEqualTo(1);

            assertThat(err()).contains("exists; a backup never overwrites a file");
            assertThat(Files.readString(existing)).isEqualTo("an older backup");
        }
    }

    @Test
    void on_postgresql_backup_says_to_use_pg_dump_and_still_exports_the_screenshots_with_the_manifest() throws Exception {
        StoreConfig pg = TestDatabases.config(Backend.POSTGRES, tmp);
        Map<String, String> env = new HashMap<>(Map.of("HOURBOOK_DB_URL", pg.dbUrl(), "HOURBOOK_DB_USER", pg.user()));
        if (pg.password() != null) env.put("HOURBOOK_DB_PASSWORD", pg.password());
        Path data = tmp.resolve("node");
        Path archive = tmp.resolve("shots.zip");
        List<LiveInstall.Acked> acked = new ArrayList<>();
        try (LiveInstall install = LiveInstall.start(data, env)) {
            for (int i = 0; i < 3; i++) acked.add(install.upload(i));

            assertThat(run(env, "backup", "--to", archive.toString(), "--data", data.toString())).as(err()).isZero();
        }

        assertThat(out()).contains("the database is PostgreSQL", "pg_dump", "3 screenshots");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Manifest m = Manifest.parse(zip.getInputStream(zip.getEntry(Manifest.NAME)).readAllBytes());
            assertThat(m.database()).isEqualTo("postgresql");
            assertThat(m.hasDatabase()).isFalse();
            assertThat(m.counts()).containsEntry("segments", 3L).containsEntry("screenshots", 3L);
            assertThat(m.files()).extracting(Manifest.FileEntry::path).contains(acked.stream().map(a -> "blobs/" + a.sha256()).toArray(String[]::new));
        }
        Path restored = tmp.resolve("restored");
        assertThat(run("restore", "--from", archive.toString(), "--data", restored.toString())).as(err()).isZero();
        assertThat(out()).contains("pg_restore");
        assertThat(new org.hourbook.store.blob.LocalBlobStore(restored.resolve("blobs")).exists(acked.getFirst().sha256())).isTrue();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
