package org.synergraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.extract.Mention;
import org.synergraph.extract.MentionFinder;
import org.synergraph.relations.RelationReader;

/** Throughput of the CPU-only front of the pipeline: segmentation, mention finding, and both, in MB/s of text. */
final class ExtractBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractBench() {
    }

    /**
     * Rates of one stage in MB (UTF-8 bytes of its input) per second: wall-clock on one thread and on
     * {@code threads} threads, and per second of CPU time the working threads got (which other processes on a busy
     * machine cannot take away, so it is the steadier per-core figure).
     */
    record Rate(String stage, double singleMbPerS, double mbPerCpuS, double allMbPerS, int threads) {
    }

    private record Measured(double wallMbPerS, double mbPerCpuS) {
    }

    /**
     * The texts each stage reads: raw documents for segmentation, clean passage texts for mention finding. Each
     * stage is warmed up, then measured on one thread and on all, each time for at least {@code minSeconds}.
     */
    static List<Rate> run(SyntheticCorpus corpus, RelationReader reader, int threads, double minSeconds)
            throws Exception {
        Segmenter segmenter = Segmenter.create();
        MentionFinder finder = MentionFinder.of(corpus.gazetteer());
        List<SourceDocument> docs = corpus.documents();
        List<List<Passage>> segmented = docs.stream().map(segmenter::segment).toList();
        long rawBytes = corpus.bytes();
        long passageBytes = segmented.stream().flatMap(List::stream)
                .mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        Stage segment = i -> segmenter.segment(docs.get(i)).size();
        Stage find = i -> segmented.get(i).stream().mapToInt(p -> finder.find(p).size()).sum();
        Stage both = i -> segmenter.segment(docs.get(i)).stream().mapToInt(p -> finder.find(p).size()).sum();
        List<Map<Passage, List<Mention>>> found = segmented.stream().map(ps -> {
            Map<Passage, List<Mention>> m = new IdentityHashMap<>();
            ps.forEach(p -> m.put(p, finder.find(p)));
            return m;
        }).toList();
        Stage read = i -> reader.readWithConstructions(segmented.get(i), found.get(i)::get, corpus.gazetteer()).size();
        return List.of(
                measure("segmentation", segment, docs.size(), rawBytes, threads, minSeconds),
                measure("mention finding", find, docs.size(), passageBytes, threads, minSeconds),
                measure("relation reading (constructions)", read, docs.size(), passageBytes, threads, minSeconds),
                measure("segmentation + mention finding", both, docs.size(), rawBytes, threads, minSeconds));
    }

    private interface Stage {
        int apply(int documentIndex);
    }

    private static Rate measure(String name, Stage stage, int docs, long bytes, int threads, double minSeconds)
            throws Exception {
        rate(stage, docs, bytes, threads, minSeconds);
        Measured single = rate(stage, docs, bytes, 1, minSeconds);
        Measured all = rate(stage, docs, bytes, threads, minSeconds);
        return new Rate(name, single.wallMbPerS(), single.mbPerCpuS(), all.wallMbPerS(), threads);
    }

    /** Passes over all documents until at least {@code minSeconds} have gone by. */
    private static Measured rate(Stage stage, int docs, long bytes, int threads, double minSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            long passes = 0;
            long sink = 0;
            AtomicLong cpuNanos = new AtomicLong();
            while (System.nanoTime() - t0 < minSeconds * 1e9) {
                AtomicInteger next = new AtomicInteger();
                List<Future<Long>> parts = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    parts.add(pool.submit(() -> {
                        long cpu0 = THREADS.getCurrentThreadCpuTime();
                        long found = 0;
                        for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                            found += stage.apply(i);
                        }
                        cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
                        return found;
                    }));
                }
                for (Future<Long> f : parts) {
                    sink += f.get();
                }
                passes++;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (sink < 0) {
                throw new IllegalStateException("unreachable");
            }
            return new Measured(bytes * passes / seconds / 1e6, bytes * passes / (cpuNanos.get() / 1e9) / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }
}
