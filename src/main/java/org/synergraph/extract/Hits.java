package org.synergraph.extract;

import java.util.Arrays;

/**
 * The raw hits of one text, packed into longs so that matching allocates little, and the choice among them.
 * A hit's key sorts longer hits first and, among equally long ones, the leftmost first.
 */
final class Hits {
    static final int FORM_BITS = 20;
    static final int START_BITS = 28;
    private static final long FORM_MASK = (1L << FORM_BITS) - 1;
    private static final long START_MASK = (1L << START_BITS) - 1;

    private long[] keys = new long[16];
    private int count;

    void add(int start, int end, int form) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
        }
        long rank = SurfaceForm.MAX_LENGTH - (end - start);
        keys[count++] = rank << (START_BITS + FORM_BITS) | (long) start << FORM_BITS | form;
    }

    /**
     * Keeps the hits that overlap no longer one (the leftmost among equally long ones) and puts them in text
     * order; returns how many there are, to be read with {@link #key(int)}, {@link #start(long)} and
     * {@link #form(long)}.
     */
    int choose(int textLength) {
        Arrays.sort(keys, 0, count);
        long[] taken = new long[(textLength >>> 6) + 1];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int start = start(keys[i]);
            int end = start + SurfaceForm.MAX_LENGTH - (int) (keys[i] >>> (START_BITS + FORM_BITS));
            if (isFree(taken, start, end)) {
                for (int c = start; c < end; c++) {
                    taken[c >>> 6] |= 1L << c;
                }
                keys[kept++] = keys[i] & (START_MASK << FORM_BITS | FORM_MASK);
            }
        }
        Arrays.sort(keys, 0, kept);
        count = kept;
        return kept;
    }

    long key(int i) {
        return keys[i];
    }

    private static boolean isFree(long[] taken, int start, int end) {
        for (int c = start; c < end; c++) {
            if ((taken[c >>> 6] & 1L << c) != 0) {
                return false;
            }
        }
        return true;
    }

    static int start(long key) {
        return (int) (key >>> FORM_BITS & START_MASK);
    }

    static int form(long key) {
        return (int) (key & FORM_MASK);
    }
}
