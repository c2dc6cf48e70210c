package org.hourbook.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, of bytes or of a stream while it is copied. */
final class Hashing {
    private Hashing() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A copy of {@code in} to {@code out}: its SHA-256 and its length. */
    record Copied(String sha256, long bytes) {}

    static Copied copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        DigestOutputStream hashing = new DigestOutputStream(out, digest);
        long n = in.transferTo(hashing);
        hashing.flush();
        return new Copied(HexFormat.of().formatHex(digest.digest()), n);
    }
}
