package org.hourbook.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Blobs as files under a folder: {@code ab/cd/abcd...} (two fan-out levels keep directories
 * small with millions of screenshots), the media type in a sidecar {@code .type} file.
 * <p>
 * A blob appears whole or not at all: bytes go to a temp file in {@code tmp/}, are fsynced, then
 * renamed atomically into place and the directory is fsynced. The sidecar is written the same
 * way <em>before</em> the blob, so a visible blob always has its media type. A crash leaves at
 * most a stray temp file, never a torn blob; the server removes those when it starts
 * ({@link #removeLeftovers}), so a crash during uploads does not hold disk space for ever. Only the
 * server, before it takes requests: other processes open the same folder while it runs (backup,
 * admin commands) and must not take a temp file from under an upload in flight. A folder belongs
 * to one server process (as its SQLite database does); several servers share S3, not a folder.
 */
public final class LocalBlobStore implements BlobStore {
    private static final String DEFAULT_TYPE = "application/octet-stream";

    private final Path root;
    private final Path tmp;

    public LocalBlobStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        this.tmp = this.root.resolve("tmp");
        Files.createDirectories(tmp);
    }

    /**
     * Removes the temp files of writes that never finished ({@code tmp/*.part}, left by a crash):
     * nothing refers to them. Call it only where no write can be in flight, i.e. when the server
     * starts; returns how many were removed.
     */
    public int removeLeftovers() throws IOException {
        int removed = 0;
        try (var leftovers = Files.newDirectoryStream(tmp, "*.part")) {
            for (Path p : leftovers) if (Files.deleteIfExists(p)) removed++;
        }
        return removed;
    }

    @Override
    public String put(byte[] content, String mediaType) throws IOException {
        return put(new java.io.ByteArrayInputStream(content), mediaType);
    }

    @Override
    public String put(InputStream content, String mediaType) throws IOException {
        Path temp = Files.createTempFile(tmp, "blob-", ".part");
        try {
            MessageDigest sha = sha256();
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(ch), sha)) {
                content.transferTo(out);
                out.flush();
                ch.force(true);
            }
            String key = BlobStore.hex(sha.digest());
            Path target = path(key);
            if (Files.exists(target)) return key; // same bytes already stored: idempotent
            Files.createDirectories(target.getParent());
            writeAtomically(typePath(key), (mediaType == null ? DEFAULT_TYPE : mediaType).getBytes(StandardCharsets.UTF_8));
            moveIntoPlace(temp, target);
            return key;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<Blob> open(String key) throws IOException {
        Path file = path(BlobStore.checkKey(key));
        try {
            InputStream in = Files.newInputStream(file);
            return Optional.of(new Blob(in, Files.size(file), mediaType(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(BlobStore.checkKey(key)));
    }

    @Override
    public boolean delete(String key) throws IOException {
        boolean deleted = Files.deleteIfExists(path(BlobStore.checkKey(key)));
        Files.deleteIfExists(typePath(key));
        return deleted;
    }

    /** Where the blob's bytes live (for tests and backups). */
    public Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private Path typePath(String key) {
        return path(key).resolveSibling(key + ".type");
    }

    private String mediaType(String key) throws IOException {
        try {
            return Files.readString(typePath(key), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return DEFAULT_TYPE;
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(tmp, "meta-", ".part");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            return; // a concurrent writer stored the same content first
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob folder must be on one file system that supports atomic rename: " + target, e);
        }
        fsyncDirectory(target.getParent());
    }

    /** Makes the rename itself durable. Not possible on every OS (e.g. Windows); best effort there. */
    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Directories cannot be opened for sync on some platforms; the file itself is already synced.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
