package org.synergraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.function.Supplier;
import org.synergraph.extract.Entity;
import org.synergraph.query.NameIndex;

/**
 * What search's in-memory name index costs: entities, build time and the heap it keeps, measured as heap in use
 * after a full collection with the index held, minus the same before it was built (other threads' garbage makes
 * this an estimate to within a few MiB).
 */
final class NameIndexBench {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** One build: what was indexed, how many entities, seconds to build, bytes kept. */
    record Result(String source, int entities, double buildSecs, long retainedBytes) {
        String line() {
            return String.format(java.util.Locale.ROOT, "name index (%s): %d entities, built in %.2f s, ~%.1f MiB"
                    + " retained (%.0f B per entity)", source, entities, buildSecs, retainedBytes / 1048576.0,
                    bytesPerEntity());
        }

        double bytesPerEntity() {
            return entities == 0 ? 0.0 : (double) retainedBytes / entities;
        }
    }

    /** Builds one index with {@code build} and measures it. */
    Result measure(String source, Supplier<NameIndex> build) {
        long before = settledHeap();
        long t0 = System.nanoTime();
        NameIndex index = build.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        long after = settledHeap();
        Result r = new Result(source, index.size(), secs, Math.max(0, after - before));
        java.lang.ref.Reference.reachabilityFence(index);
        return r;
    }

    /** {@code count} synthetic entities (SyntheticEntities), as the index would read them from the graph. */
    static NameIndex synthetic(int count) {
        List<Entity> made = SyntheticEntities.make(count);
        return NameIndex.of(made.stream().map(e -> new NameIndex.Entry(e.id(), e.type().label(), e.nameEn(),
                e.nameZh(), List.of(e.nameEn().replace("Synthetic ", "Syn. "), e.nameZh().substring(2)), false,
                0)).toList());
    }

    private long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
