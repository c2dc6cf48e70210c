package org.hourbook.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.LocalBlobStore;

/**
 * Restores a backup archive into an empty directory. Every file is checked against the
 * manifest's SHA-256 while it is extracted, into a staging folder inside the directory; only
 * when all of them match (and the database opens, passes SQLite's integrity check and holds what
 * the manifest counted) are they moved into place. Anything wrong leaves the directory as empty
 * as it was, and every problem is named with its file.
 */
final class Restorer {
    /** The archive cannot be restored: why, file by file where a file is at fault. */
    static final class Refused extends Exception {
        final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        Refused(String problem) {
            this(List.of(problem));
        }
    }

    private final PrintStream out;
    private final Clock clock;

    Restorer(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    Manifest restore(Path archive, Path dir) throws Refused, IOException {
        checkEmpty(dir);
        if (!Files.isRegularFile(archive)) throw new Refused("there is no file " + archive);
        boolean created = !Files.exists(dir);
        Files.createDirectories(dir);
        Path staging = dir.resolve(".restoring");
        boolean done = false;
        try (ZipFile zip = open(archive)) {
            Manifest manifest = manifest(zip, archive);
            checkListing(zip, manifest);
            extract(zip, manifest, staging);
            if (manifest.hasDatabase()) checkDatabase(staging, manifest);
            moveIntoPlace(staging, dir);
            done = true;
            return manifest;
        } finally {
            BackupWriter.deleteTree(staging);
            if (!done && created) Files.deleteIfExists(dir);
        }
    }

    private static void checkEmpty(Path dir) throws Refused, IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new Refused(dir + " is a file; restore into a new or empty directory");
        try (var entries = Files.list(dir)) {
            List<String> names = entries.limit(4).map(p -> p.getFileName().toString()).sorted().toList();
            if (!names.isEmpty()) {
                throw new Refused(dir + " is not empty (it holds " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? ", ..." : "") + "); a restore never overwrites anything: give a new or empty directory");
            }
        }
    }

    private static ZipFile open(Path archive) throws Refused {
        try {
            return new ZipFile(archive.toFile());
        } catch (IOException e) {
            throw new Refused(archive + " is not a backup archive, or it is damaged or cut short (" + e.getMessage() + ")");
        }
    }

    private static Manifest manifest(ZipFile zip, Path archive) throws Refused {
        ZipEntry entry = zip.getEntry(Manifest.NAME);
        if (entry == null) throw new Refused(archive + " is not an Hourbook backup: it has no " + Manifest.NAME);
        byte[] json;
        try (InputStream in = zip.getInputStream(entry)) {
            json = in.readAllBytes();
        } catch (IOException e) {
            throw new Refused(Manifest.NAME + " cannot be read from the archive: it is damaged (" + e.getMessage() + ")");
        }
        String expected = Archive.manifestSha(zip.getComment()).orElseThrow(() -> new Refused(
                "the archive's comment, which holds the checksum of " + Manifest.NAME + ", is missing or changed"));
        if (!Hashing.sha256(json).equals(expected)) {
            throw new Refused(Manifest.NAME + " is damaged: its SHA-256 is " + Hashing.sha256(json) + ", the archive says " + expected);
        }
        Manifest m;
        try {
            m = Manifest.parse(json);
        } catch (IOException e) {
            throw new Refused(Manifest.NAME + " cannot be read: " + e.getMessage());
        }
        if (!Manifest.FORMAT.equals(m.format()) || m.files() == null || m.counts() == null) {
            throw new Refused(archive + " is not an Hourbook backup (" + Manifest.NAME + " says format " + m.format() + ")");
        }
        if (m.formatVersion() > Manifest.VERSION) {
            throw new Refused("this backup was made by a newer Hourbook (" + m.hourbookVersion() + ", archive format "
                    + m.formatVersion() + "); restore it with that version or a later one");
        }
        return m;
    }

    /** Every listed file is in the archive, and nothing else is; paths are only the two kinds a backup writes. */
    private static void checkListing(ZipFile zip, Manifest manifest) throws Refused {
        List<String> problems = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (var f : manifest.files()) {
            if (!Manifest.validPath(f.path())) problems.add(f.path() + ": not a file a backup holds; the manifest was tampered with");
            else if (!listed.add(f.path())) problems.add(f.path() + ": listed twice in the manifest");
            else if (zip.getEntry(f.path()) == null) problems.add(f.path() + ": missing from the archive");
        }
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.getName().equals(Manifest.NAME) && !listed.contains(e.getName())) {
                problems.add(e.getName() + ": in the archive but not in the manifest");
            }
        }
        if (!problems.isEmpty()) throw new Refused(problems);
    }

    private void extract(ZipFile zip, Manifest manifest, Path staging) throws Refused, IOException {
        Files.createDirectories(staging);
        LocalBlobStore blobs = new LocalBlobStore(staging.resolve("blobs"));
        List<String> problems = new ArrayList<>();
        Progress progress = new Progress(out, clock, "restore", manifest.files().size());
        for (var f : manifest.files()) {
            String got;
            try (InputStream in = zip.getInputStream(zip.getEntry(f.path()))) {
                if (f.path().equals(Manifest.DATABASE)) {
                    try (OutputStream file = Files.newOutputStream(staging.resolve(Manifest.DATABASE))) {
                        got = Hashing.copy(in, file).sha256();
                    }
                } else {
                    // The blob store names a file by its content's SHA-256: what it returns is the hash.
                    got = blobs.put(in, f.mediaType());
                }
            } catch (IOException e) {
                problems.add(f.path() + ": damaged, it cannot be read from the archive (" + e.getMessage() + ")");
                continue;
            }
            if (!got.equals(f.sha256())) {
                problems.add(f.path() + ": damaged, its SHA-256 is " + got + " but the manifest says " + f.sha256());
            }
            progress.file(f.bytes());
        }
        if (!problems.isEmpty()) throw new Refused(problems);
    }

    /** The copy opens (and is brought up to this version's schema), passes SQLite's own check and holds what was counted. */
    private static void checkDatabase(Path staging, Manifest manifest) throws Refused {
        Map<String, Long> counted;
        String integrity;
        try (Database db = Database.open(StoreConfig.sqlite(staging))) {
            integrity = db.jdbi().withHandle(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()).getFirst();
            try (var c = db.dataSource().getConnection()) {
                counted = Contents.read(c).counts();
            }
        } catch (RuntimeException | java.sql.SQLException e) {
            throw new Refused(Manifest.DATABASE + ": the database in the backup does not open with this Hourbook (" + e.getMessage() + ")");
        }
        if (!"ok".equals(integrity)) throw new Refused(Manifest.DATABASE + ": SQLite's integrity check failed: " + integrity);
        List<String> problems = new ArrayList<>();
        manifest.counts().forEach((what, expected) -> {
            Long got = counted.get(what);
            if (got != null && !got.equals(expected)) {
                problems.add(Manifest.DATABASE + ": holds " + got + " " + what.replace('_', ' ') + ", the manifest counted " + expected);
            }
        });
        if (!problems.isEmpty()) throw new Refused(problems);
    }

    /** The database (and its write-ahead files, if any) and the screenshot folder; the staging folder's rest goes. */
    private static void moveIntoPlace(Path staging, Path dir) throws IOException {
        try (var files = Files.list(staging)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(Manifest.DATABASE) || name.equals("blobs")) {
                    Files.move(p, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        if (!Files.exists(dir.resolve("blobs"))) Files.createDirectories(dir.resolve("blobs"));
    }
}
