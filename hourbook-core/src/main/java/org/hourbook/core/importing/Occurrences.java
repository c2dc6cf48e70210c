package org.hourbook.core.importing;


/**
 * How often each row content has been seen so far in a file, for {@link DedupeKey}'s occurrence
 * index. It keeps a 64-bit hash (FNV-1a) of each content and a count in two primitive arrays (open
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

    /** FNV-1a over the UTF-16 code units: fast, and 64 bits are plenty to tell rows apart here. */
    private static long hash(String base) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }
}
