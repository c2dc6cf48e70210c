package org.hourbook.server.screenshot;

import java.util.Optional;

/**
 * Type and dimensions of an uploaded image read from its first bytes only — signature, then the
 * PNG IHDR chunk or the JPEG start-of-frame marker — so that limits are enforced before any
 * pixel is decoded (a tiny file may claim 100000×100000 pixels).
 * <pre>
 * PNG : 89 50 4E 47 0D 0A 1A 0A | len "IHDR" width(4) height(4) ...
 * JPEG: FF D8 | FF Cx len(2) precision(1) height(2) width(2) ...   (markers before SOF skipped)
 * </pre>
 */
public record ImageHeader(String mediaType, int width, int height) {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public long pixels() {
        return (long) width * height;
    }

    public static Optional<ImageHeader> read(byte[] b) {
        if (b.length >= 24 && startsWith(b, PNG)) {
            if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') return Optional.empty();
            return valid("image/png", int32(b, 16), int32(b, 20));
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return jpeg(b);
        return Optional.empty();
    }

    private static Optional<ImageHeader> jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) return Optional.empty();
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                i += 2;
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) return Optional.empty(); // end / scan before any frame header
            int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (len < 2) return Optional.empty();
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                if (i + 8 >= b.length) return Optional.empty();
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return valid("image/jpeg", width, height);
            }
            i += 2 + len;
        }
        return Optional.empty();
    }

    private static Optional<ImageHeader> valid(String type, long w, long h) {
        if (w <= 0 || h <= 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) return Optional.empty();
        return Optional.of(new ImageHeader(type, (int) w, (int) h));
    }

    private static long int32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
        return true;
    }
}
