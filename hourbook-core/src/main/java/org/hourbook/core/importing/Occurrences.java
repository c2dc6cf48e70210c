package org.hourbook.core.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How often each row content has been seen so far in a file, for {@link DedupeKey}'s occurrence
 * index. It keeps 64 bits of each content's SHA-256 and a count in two primitive arrays (open
 * addressing), about 24 bytes per distinct row, so a file of a million rows needs some 30 MB
 * instead of the half a gigabyte a map of the content strings would. Two different rows share a
 * slot only if 64 bits of their hashes collide (about one chance in 10^7 for a million rows), and
 * then the second merely gets occurrence 2 instead of 1: it is still imported, under another key.
 */
final class Occurrences {
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;

    /** Counts {@code base} once more and returns how often it has now been seen (1 the first time). */
    int next(String base) {
        long h = hash(base);
        if (h == 0) h = 1; // 0 marks an empty slot
        if ((size + 1) * 2 > keys.length) grow();
        int i = slot(keys, h);
        if (keys[i] == 0) {
            keys[i] = h;
            size++;
        }
        return ++counts[i];
    }

    private static int slot(long[] keys, long h) {
        int mask = keys.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != h) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = slot(keys, oldKeys[j]);
            keys[i] = oldKeys[j];
            counts[i] = oldCounts[j];
        }
    }

    private static long hash(String base) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(base.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
