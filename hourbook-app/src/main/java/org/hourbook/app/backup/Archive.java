package org.hourbook.app.backup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The archive's comment: it carries the manifest's own SHA-256, so damage to the manifest is found too. */
final class Archive {
    private static final String PREFIX = "Hourbook backup; manifest.json SHA-256 ";
    private static final Pattern SHA = Pattern.compile(Pattern.quote(PREFIX) + "([0-9a-f]{64})");

    private Archive() {}

    static String comment(byte[] manifestJson) {
        return PREFIX + Hashing.sha256(manifestJson);
    }

    static Optional<String> manifestSha(String comment) {
        if (comment == null) return Optional.empty();
        Matcher m = SHA.matcher(comment.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
