package org.synergraph.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * For each pair of adjacent characters, the keys (by position in the key array) that contain it, in increasing
 * order: a key that contains a text contains every pair of the text's adjacent characters, so the keys in all the
 * text's lists are the only ones worth comparing. Packed into three int arrays (pair, where its list starts, the
 * lists end to end).
 */
final class BigramPostings {
    private static final int[] NONE = new int[0];
    private final int[] pairs;
    private final int[] starts;
    private final int[] keys;

    private BigramPostings(int[] pairs, int[] starts, int[] keys) {
        this.pairs = pairs;
        this.starts = starts;
        this.keys = keys;
    }

    static BigramPostings of(String[] keys) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (String key : keys) {
            for (int pair : distinctPairs(key)) {
                counts.computeIfAbsent(pair, p -> new int[1])[0]++;
            }
        }
        int[] pairs = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] starts = new int[pairs.length + 1];
        for (int i = 0; i < pairs.length; i++) {
            starts[i + 1] = starts[i] + counts.get(pairs[i])[0];
        }
        int[] fill = Arrays.copyOf(starts, pairs.length);
        int[] lists = new int[starts[pairs.length]];
        for (int k = 0; k < keys.length; k++) {
            for (int pair : distinctPairs(keys[k])) {
                lists[fill[Arrays.binarySearch(pairs, pair)]++] = k;
            }
        }
        return new BigramPostings(pairs, starts, lists);
    }

    /**
     * The keys that contain every adjacent pair of {@code text} (at least two characters), in increasing order;
     * they still have to be checked for the text itself.
     */
    int[] candidates(String text) {
        int[] wanted = distinctPairs(text);
        Integer[] lists = new Integer[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            int at = Arrays.binarySearch(pairs, wanted[i]);
            if (at < 0) {
                return NONE;
            }
            lists[i] = at;
        }
        Arrays.sort(lists, (a, b) -> Integer.compare(length(a), length(b)));
        int[] result = Arrays.copyOfRange(keys, starts[lists[0]], starts[lists[0] + 1]);
        for (int i = 1; i < lists.length && result.length > 0; i++) {
            result = intersect(result, starts[lists[i]], starts[lists[i] + 1]);
        }
        return result;
    }

    private int length(int list) {
        return starts[list + 1] - starts[list];
    }

    /** The keys of {@code a} that are also in {@code keys[from, to)}; both are in increasing order. */
    private int[] intersect(int[] a, int from, int to) {
        int[] out = new int[Math.min(a.length, to - from)];
        int n = 0;
        if (a.length * 16L < to - from) { // a few against many: look each up
            for (int key : a) {
                if (Arrays.binarySearch(keys, from, to, key) >= 0) {
                    out[n++] = key;
                }
            }
            return Arrays.copyOf(out, n);
        }
        for (int i = 0, j = from; i < a.length && j < to; ) {
            if (a[i] < keys[j]) {
                i++;
            } else if (a[i] > keys[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The text's adjacent UTF-16 pairs, each packed into an int, without repeats. */
    private static int[] distinctPairs(String text) {
        int[] out = new int[Math.max(0, text.length() - 1)];
        for (int i = 0; i + 1 < text.length(); i++) {
            out[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
        }
        return Arrays.stream(out).distinct().toArray();
    }
}
