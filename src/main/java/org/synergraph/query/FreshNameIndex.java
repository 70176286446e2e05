package org.synergraph.query;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.graph.GraphMode;

/**
 * The name index of the graph as it is now. Built on first use; built again when the graph's version changes, by
 * one thread at a time: a request that sees a new version waits for an index at least that new (so a client sees
 * its own writes, and an answer never goes out under a version it does not reflect).
 *
 * <p>Against an external Neo4j the version only counts this process's writes, so the index is also rebuilt once it
 * is older than {@code maxAge}: one request rebuilds, the others keep the old index meanwhile.
 */
public final class FreshNameIndex {
    /** How stale the index may get against an external Neo4j, where other clients' writes do not change the version. */
    static final Duration EXTERNAL_MAX_AGE = Duration.ofSeconds(10);
    private final LongSupplier version;
    private final Supplier<NameIndex> load;
    private final Optional<Duration> maxAge;
    private final LongSupplier nanoTime;
    private final ReentrantLock building = new ReentrantLock();
    private volatile Built current;

    private record Built(NameIndex index, long version, long at) {
    }

    public FreshNameIndex(LongSupplier version, Supplier<NameIndex> load, Optional<Duration> maxAge,
                          LongSupplier nanoTime) {
        this.version = version;
        this.load = load;
        this.maxAge = maxAge;
        this.nanoTime = nanoTime;
    }

    /** The index of {@code graph}'s entities, read with name_index_entities.cypher. */
    public static FreshNameIndex of(Graph graph, CypherLibrary library) {
        EntityNames names = new EntityNames(graph, library);
        return new FreshNameIndex(() -> graph.version().id(), names::read, maxAge(graph.mode()), System::nanoTime);
    }

    /**
     * How old what is read from {@code mode}'s graph may grow at one version: unbounded embedded (every write, by
     * anyone, changes the version), {@link #EXTERNAL_MAX_AGE} external.
     */
    static Optional<Duration> maxAge(GraphMode mode) {
        return mode == GraphMode.EXTERNAL ? Optional.of(EXTERNAL_MAX_AGE) : Optional.empty();
    }

    /** An index that reflects at least the graph version of the moment of the call. */
    public NameIndex get() {
        long now = version.getAsLong();
        Built c = current;
        if (c != null && c.version() == now) {
            if (!tooOld(c) || !building.tryLock()) {
                return c.index();
            }
            try {
                return current == c ? rebuild().index() : current.index();
            } finally {
                building.unlock();
            }
        }
        building.lock();
        try {
            Built since = current;
            return since != null && since.version() == version.getAsLong() ? since.index() : rebuild().index();
        } finally {
            building.unlock();
        }
    }

    private boolean tooOld(Built b) {
        return maxAge.isPresent() && nanoTime.getAsLong() - b.at() > maxAge.get().toNanos();
    }

    private Built rebuild() {
        long v = version.getAsLong();
        long at = nanoTime.getAsLong();
        Built b = new Built(load.get(), v, at);
        current = b;
        return b;
    }
}
