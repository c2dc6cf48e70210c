package org.hourbook.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Content-addressed storage for screenshots: the key of a blob is the SHA-256 (lower-case hex)
 * of its bytes, so storing the same bytes twice is harmless and keys can be shared.
 */
public interface BlobStore {

    /** Stores the bytes (idempotent) and returns their key. */
    String put(byte[] content, String mediaType) throws IOException;

    /** Streams the content into the store (never fully in memory for the local store) and returns its key. */
    String put(InputStream content, String mediaType) throws IOException;

    /** The blob, or empty if there is none under this key. The caller closes it. */
    Optional<Blob> open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** @return whether something was deleted */
    boolean delete(String key) throws IOException;

    /** Keys are exactly 64 lower-case hex digits; anything else (e.g. a path) is refused. */
    static String checkKey(String key) {
        if (key == null || key.length() != 64 || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return key;
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
