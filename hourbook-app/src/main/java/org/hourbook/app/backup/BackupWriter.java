package org.hourbook.app.backup;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hourbook.app.Version;
import org.hourbook.store.Database;
import org.hourbook.store.Dialect;
import org.hourbook.store.blob.Blob;
import org.hourbook.store.blob.BlobStore;

/**
 * Writes a backup archive (zip) of a live installation: a consistent copy of the SQLite
 * database ({@code VACUUM INTO} reads one snapshot while the server keeps writing), the
 * screenshot files that copy names, and the manifest. The archive appears under its name only
 * when complete: it is written beside it and renamed at the end.
 */
final class BackupWriter {
    /** What was written; {@code troubles} are files the database still names that could not be copied. */
    record Result(Manifest manifest, long bytes, List<Manifest.Missing> troubles) {}

    private final Database db;
    private final BlobStore blobs;
    private final PrintStream out;
    private final Clock clock;

    BackupWriter(Database db, BlobStore blobs, PrintStream out, Clock clock) {
        this.db = db;
        this.blobs = blobs;
        this.out = out;
        this.clock = clock;
    }

    Result write(Path target) throws IOException, SQLException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, ".hourbook-backup-");
        Path partial = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
        try {
            Path snapshot = null;
            Contents contents;
            if (db.dialect() == Dialect.SQLITE) {
                snapshot = work.resolve(Manifest.DATABASE);
                db.backupTo(snapshot);
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + snapshot)) {
                    contents = Contents.read(c);
                }
            } else {
                try (Connection c = db.dataSource().getConnection()) {
                    contents = Contents.read(c);
                }
            }
            out.println("backup: the database names " + contents.blobKeys().size() + " screenshot files; copying them");
            Result result = zip(partial, snapshot, contents);
            if (Files.exists(target)) throw new IOException(target + " appeared while the backup ran; the backup is not kept");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
            deleteTree(work);
        }
    }

    private Result zip(Path file, Path snapshot, Contents contents) throws IOException, SQLException {
        List<Manifest.FileEntry> files = new ArrayList<>();
        List<Manifest.Missing> missing = new ArrayList<>();
        List<Manifest.Missing> troubles = new ArrayList<>();
        try (FileOutputStream fos = new FileOutputStream(file.toFile());
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(fos, 1 << 16))) {
            if (snapshot != null) {
                zip.putNextEntry(new ZipEntry(Manifest.DATABASE));
                Hashing.Copied copied;
                try (InputStream in = Files.newInputStream(snapshot)) {
                    copied = Hashing.copy(in, zip); // flushes, does not close the zip
                }
                zip.closeEntry();
                files.add(new Manifest.FileEntry(Manifest.DATABASE, copied.sha256(), copied.bytes(), null));
            }
            Progress progress = new Progress(out, clock, "backup", contents.blobKeys().size());
            for (String key : contents.blobKeys()) {
                long size = copyBlob(zip, key, files, missing, troubles);
                progress.file(size);
            }
            Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.VERSION, clock.instant().toString(), Version.current(),
                    db.dialect() == Dialect.SQLITE ? "sqlite" : "postgresql", contents.schemaVersion(), contents.counts(), files,
                    missing.isEmpty() ? null : missing);
            byte[] json = manifest.toJson();
            zip.putNextEntry(new ZipEntry(Manifest.NAME));
            zip.write(json);
            zip.closeEntry();
            zip.setComment(Archive.comment(json));
            zip.finish();
            zip.flush();
            fos.getFD().sync();
            return new Result(manifest, Files.size(file), troubles);
        }
    }

    /** Copies one screenshot file, stored uncompressed (JPEG and PNG are compressed already); returns its size. */
    private long copyBlob(ZipOutputStream zip, String key, List<Manifest.FileEntry> files, List<Manifest.Missing> missing,
                          List<Manifest.Missing> troubles) throws IOException, SQLException {
        String path = Manifest.blobPath(key);
        byte[] bytes;
        String type;
        Optional<Blob> blob = blobs.open(key);
        if (blob.isEmpty()) {
            boolean named = stillNamed(key);
            var m = new Manifest.Missing(path, named ? "not in the screenshot store" : "deleted while the backup ran (its screenshot is gone)");
            missing.add(m);
            if (named) troubles.add(m);
            return 0;
        }
        try (Blob b = blob.get()) {
            type = b.mediaType();
            bytes = b.readAllBytes();
        }
        String sha = Hashing.sha256(bytes);
        if (!sha.equals(key)) {
            var m = new Manifest.Missing(path, "damaged in the screenshot store (its content's SHA-256 is " + sha + ")");
            missing.add(m);
            troubles.add(m);
            return bytes.length;
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        files.add(new Manifest.FileEntry(path, sha, bytes.length, type));
        return bytes.length;
    }

    private boolean stillNamed(String key) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return Contents.stillReferenced(c, key);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
