package org.hourbook.core.importing;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * The dedupe keys a contract already has, read once before an import or a preview, so that a row
 * imported before is counted as already there instead of added twice.
 * <p>
 * Why a set in memory and not a unique index: an index on keys that are hashes takes every row at
 * a random place, and was most of SQLite's time per imported row (bench/README.md, e: 0.33 s of
 * 0.46 s natively for 200,000 rows). A file's own keys are distinct by construction (identical
 * rows get their occurrence index, see {@link DedupeKey}), so only the contract's earlier keys are
 * needed, and the import reads them inside the transaction that also holds the retainer's lock.
 * <p>
 * A key is {@code format:} and 32 hex digits, 128 bits of a hash that already covers the format;
 * those bits are kept as two longs in open addressing, 16 to 32 bytes a key (a {@code HashSet} of
 * the strings took about 120), so a contract of a million imported rows needs some 32 MB. A key of
 * any other shape is kept as it is.
 */
public final class KnownKeys {
    private static final int HEX = 32;

    private long[] high = new long[16];
    private long[] low = new long[16];
    /** Slots in use; a slot is empty when both halves are 0 (a key of all zero bits goes to {@link #odd}). */
    private int size;
    private final Set<String> odd = new HashSet<>();

    public void add(String key) {
        int colon = key.indexOf(':');
        if (!hashed(key, colon)) {
            odd.add(key);
            return;
        }
        long h = HexFormat.fromHexDigitsToLong(key, colon + 1, colon + 17);
        long l = HexFormat.fromHexDigitsToLong(key, colon + 17, colon + 1 + HEX);
        if (h == 0 && l == 0) {
            odd.add(key);
            return;
        }
        if ((size + 1) * 2 > high.length) grow();
        int i = slot(high, low, h, l);
        if (high[i] == 0 && low[i] == 0) {
            high[i] = h;
            low[i] = l;
            size++;
        }
    }

    public boolean contains(String key) {
        int colon = key.indexOf(':');
        if (!hashed(key, colon)) return odd.contains(key);
        long h = HexFormat.fromHexDigitsToLong(key, colon + 1, colon + 17);
        long l = HexFormat.fromHexDigitsToLong(key, colon + 17, colon + 1 + HEX);
        if (h == 0 && l == 0) return odd.contains(key);
        if (size == 0) return false;
        int i = slot(high, low, h, l);
        return high[i] == h && low[i] == l;
    }

    public boolean isEmpty() {
        return size == 0 && odd.isEmpty();
    }

    public int size() {
        return size + odd.size();
    }

    /** {@code format:} and exactly 32 lower-case hex digits, as {@code DedupeKey} writes them. */
    private static boolean hashed(String key, int colon) {
        if (colon < 0 || key.length() != colon + 1 + HEX) return false;
        for (int i = colon + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }

    private static int slot(long[] high, long[] low, long h, long l) {
        int mask = high.length - 1;
        // The bits are a hash already; folding them is enough to spread the slots.
        int i = (int) (l ^ (l >>> 32)) & mask;
        while ((high[i] != 0 || low[i] != 0) && (high[i] != h || low[i] != l)) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        high = new long[oldHigh.length * 2];
        low = new long[oldLow.length * 2];
        for (int j = 0; j < oldHigh.length; j++) {
            if (oldHigh[j] == 0 && oldLow[j] == 0) continue;
            int i = slot(high, low, oldHigh[j], oldLow[j]);
            high[i] = oldHigh[j];
            low[i] = oldLow[j];
        }
    }
}
