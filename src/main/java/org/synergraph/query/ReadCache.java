package org.synergraph.query;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.synergraph.graph.Graph;

/**
 * Answers many clients ask for, kept as their serialized bytes, keyed by (endpoint, parameters, graph version).
 * Bounded by entry count and by bytes, least recently used first out; thread-safe, with counters.
 *
 * <p>The version is read before the answer is computed, so an answer stored under a version reflects at least that
 * version; an entry from an older version is never served, and the first request that sees a newer version drops
 * every older entry (every write changes the version, so nothing else invalidates). Against an external Neo4j the
 * version only counts this process's writes, so entries there also expire once older than {@code maxAge} (10 s,
 * as the name index: {@link FreshNameIndex#maxAge}).
 *
 * <p>Two requests that miss on one key at once both compute it; the second to finish replaces the first's entry.
 */
public final class ReadCache {
    static final int DEFAULT_MAX_ENTRIES = 1024;
    static final long DEFAULT_MAX_BYTES = 32L << 20;
    /** What an entry costs besides its key's characters and its body: the map node, the key and the array headers. */
    private static final int ENTRY_OVERHEAD = 160;

    private final LongSupplier version;
    private final int maxEntries;
    private final long maxBytes;
    private final Optional<Duration> maxAge;
    private final LongSupplier nanoTime;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long newest = Long.MIN_VALUE;
    private long hits;
    private long misses;
    private long evictions;
    private long invalidations;

    /** What an answer is looked up by: parameter maps compare without regard to order. */
    private record Key(String endpoint, Map<String, String> params, long version) {
        long size() {
            long chars = endpoint.length();
            for (Map.Entry<String, String> e : params.entrySet()) {
                chars += e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length()) + 32;
            }
            return 2 * chars;
        }
    }

    private record Entry(byte[] body, long size, long at) {
    }

    /**
     * The counters and the bounds. {@code evictions} counts entries pushed out by the bounds; {@code invalidations}
     * those dropped because the graph changed or (external Neo4j) they grew too old.
     */
    public record Stats(int entries, long bytes, int maxEntries, long maxBytes, long hits, long misses,
                        long evictions, long invalidations) {
    }

    public ReadCache(LongSupplier version, int maxEntries, long maxBytes, Optional<Duration> maxAge,
                     LongSupplier nanoTime) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a read cache holds at least one entry of at least one byte");
        }
        this.version = version;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.nanoTime = nanoTime;
    }

    /** The cache of {@code graph}'s answers, with the standard bounds; entries expire against an external Neo4j. */
    public static ReadCache of(Graph graph) {
        return new ReadCache(() -> graph.version().id(), DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES,
                FreshNameIndex.maxAge(graph.mode()), System::nanoTime);
    }

    /**
     * The answer to {@code endpoint} with {@code params} as of the graph's version now: stored, or computed (outside
     * any lock) and stored. What {@code compute} throws goes to the caller and nothing is stored.
     */
    public byte[] get(String endpoint, Map<String, String> params, Supplier<byte[]> compute) {
        Key key = new Key(endpoint, Map.copyOf(params), version.getAsLong());
        synchronized (this) {
            seen(key.version());
            Entry e = entries.get(key);
            if (e != null && !tooOld(e)) {
                hits++;
                return e.body();
            }
            if (e != null) {
                remove(key);
                invalidations++;
            }
            misses++;
        }
        byte[] body = compute.get();
        put(key, body);
        return body;
    }

    public synchronized Stats stats() {
        return new Stats(entries.size(), bytes, maxEntries, maxBytes, hits, misses, evictions, invalidations);
    }

    private synchronized void put(Key key, byte[] body) {
        seen(key.version());
        long size = key.size() + body.length + ENTRY_OVERHEAD;
        if (key.version() != newest || size > maxBytes / 4) {
            return; // an answer of a version already gone, or one so big it would push out a quarter of the rest
        }
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
        entries.put(key, new Entry(body, size, nanoTime.getAsLong()));
        bytes += size;
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (entries.size() > maxEntries || bytes > maxBytes) {
            Map.Entry<Key, Entry> out = eldest.next();
            bytes -= out.getValue().size();
            eldest.remove();
            evictions++;
        }
    }

    /** A newer version drops every entry of the older ones. */
    private void seen(long v) {
        if (v > newest) {
            newest = v;
            invalidations += entries.size();
            entries.clear();
            bytes = 0;
        }
    }

    private boolean tooOld(Entry e) {
        return maxAge.isPresent() && nanoTime.getAsLong() - e.at() > maxAge.get().toNanos();
    }

    private void remove(Key key) {
        Entry e = entries.remove(key);
        if (e != null) {
            bytes -= e.size();
        }
    }
}
