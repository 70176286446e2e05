package org.synergraph.bench;

import java.util.Arrays;

/**
 * Latency percentiles of a series of timings.
 *
 * @param runs how many timings
 * @param p50  median, ms
 * @param p95  95th percentile, ms
 * @param p99  99th percentile, ms
 * @param max  slowest, ms
 */
record Percentiles(int runs, double p50, double p95, double p99, double max) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double at(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
