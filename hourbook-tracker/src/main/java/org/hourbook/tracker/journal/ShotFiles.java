package org.hourbook.tracker.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Screenshot files beside the journal, written atomically: to a temporary name, forced to disk,
 * then renamed, so a file that exists under its real name is always whole. A crash or a full disk
 * leaves at most a {@code .tmp} behind, which {@link #sweep} removes.
 */
public final class ShotFiles {
    private final Path dir;

    public ShotFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Writes {@code bytes} as {@code <segment>.<kind>.jpg}; returns the file name (relative to {@link #dir}). */
    public String write(UUID segment, String kind, byte[] bytes) throws IOException {
        Files.createDirectories(dir);
        String name = segment + "." + kind + ".jpg";
        Path tmp = dir.resolve(name + ".tmp");
        Path target = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the rename itself reaches the disk
        } catch (IOException ignored) {
            // some file systems cannot sync a directory; the data is already forced
        }
        return name;
    }

    public byte[] read(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    public void delete(String name) {
        if (name == null) return;
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException ignored) {
            // a leftover file is swept later
        }
    }

    /** Removes half-written files left by a crash. */
    public void sweep() {
        if (!Files.isDirectory(dir)) return;
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".tmp")).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // nothing to sweep
        }
    }
}
