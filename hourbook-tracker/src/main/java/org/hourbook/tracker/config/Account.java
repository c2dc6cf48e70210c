package org.hourbook.tracker.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.hourbook.tracker.wire.Wire;

/**
 * Who this tracker signs in as: the server, the person and the device token (readable by the
 * owner only, {@code 0600}). {@link #key()} names the person on the server, so one journal can
 * hold several people's segments without mixing them.
 */
public record Account(String server, long userId, String email, String name, String token, Long tokenId, String device) {
    private static final ObjectMapper JSON = Wire.mapper();

    public String key() {
        return server.replaceAll("/+$", "") + "#" + userId;
    }

    public static Optional<Account> load(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), Account.class));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage() + " (sign in again with '" + TrackerConfig.command() + " login')", e);
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not POSIX (Windows): the user's profile folder is private already
        }
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
