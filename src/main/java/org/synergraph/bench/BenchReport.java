package org.synergraph.bench;

import java.util.List;
import java.util.Locale;

/** Writes a benchmark's results as Markdown tables, ready to paste into docs/BENCHMARKS.md. */
public final class BenchReport {
    private BenchReport() {
    }

    public static String markdown(Benchmark.Results r, String command) {
        StringBuilder md = new StringBuilder();
        line(md, "Machine: %s. Load at start: %s.", r.machine(), r.startLoad());
        line(md, "");
        line(md, "Command: `%s`", command);
        for (ScaleResult s : r.scales()) {
            scale(md, s);
        }
        if (!r.coldStarts().isEmpty()) {
            line(md, "");
            line(md, "### Cold start (`java -jar target/synergraph.jar serve`, bundled corpus; %s)", r.coldStartLoad());
            line(md, "");
            line(md, "| start | to first answered request | RSS after start |");
            line(md, "|---|---:|---:|");
            r.coldStarts().forEach(c -> line(md, "| %s | %.2f s | %d MiB |", c.name(), c.seconds(), c.rssBytes() >> 20));
        }
        return md.toString();
    }

    private static void scale(StringBuilder md, ScaleResult s) {
        line(md, "");
        line(md, "### Scale %dx: %d documents, %.1f MB of text; graph %d nodes, %d relationships, %d entities,"
                        + " %d passages", s.scale(), s.documents(), s.textBytes() / 1e6, s.counts().nodes(),
                s.counts().relationships(), s.counts().entities(), s.counts().passages());
        line(md, "");
        line(md, "Extraction (%s):", s.extractLoad());
        line(md, "");
        line(md, "| stage | 1 thread, wall clock | 1 thread, per CPU-second | all cores, wall clock |");
        line(md, "|---|---:|---:|---:|");
        s.extract().forEach(e -> line(md, "| %s | %.1f MB/s | %.1f MB/s | %.1f MB/s (%d threads) |", e.stage(),
                e.singleMbPerS(), e.mbPerCpuS(), e.allMbPerS(), e.threads()));
        IngestBench.Result i = s.ingest();
        line(md, "");
        line(md, "Ingest end to end (%s):", s.ingestLoad());
        line(md, "");
        line(md, "| documents | passages | relations | total | passages/s | relations/s | peak heap | peak RSS |");
        line(md, "|---:|---:|---:|---:|---:|---:|---:|---:|");
        line(md, "| %d | %d | %d | %.1f s | %.0f | %.0f | %d MiB | %d MiB%s |", i.summary().documents(),
                i.summary().passages(), i.summary().relations(), i.summary().seconds(), i.passagesPerSecond(),
                i.relationsPerSecond(), i.peakHeap() >> 20, i.peakRss() >> 20, i.rssForPhase() ? "" : " (process)");
        line(md, "");
        line(md, "Read side, warm, %d runs each, API and driver alternating (%s):", s.reads().get(0).api().runs(),
                s.readLoad());
        line(md, "");
        line(md, "| query | API p50 | p95 | p99 | driver p50 | p95 | p99 | API/driver p50 | p99 | response |");
        line(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        s.reads().forEach(q -> line(md, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |",
                q.name(), q.api().p50(), q.api().p95(), q.api().p99(), q.driver().p50(), q.driver().p95(),
                q.driver().p99(), q.ratioP50(), q.ratioP99(), size(q.responseBytes())));
        line(md, "");
        line(md, "Search's in-memory name index (heap kept, after a full collection):");
        line(md, "");
        line(md, "| names of | entities | build | heap kept | per entity |");
        line(md, "|---|---:|---:|---:|---:|");
        s.nameIndex().forEach(n -> line(md, "| %s | %d | %.2f s | %.1f MiB | %.0f B |", n.source(), n.entities(),
                n.buildSecs(), n.retainedBytes() / 1048576.0, n.bytesPerEntity()));
        if (!s.load().isEmpty()) {
            line(md, "");
            line(md, "Throughput, wrk on loopback (%s):", s.loadLoad());
            line(md, "");
            line(md, "| endpoint | connections | requests/s | p99 |");
            line(md, "|---|---:|---:|---:|");
            s.load().forEach(l -> line(md, "| %s | %d | %.0f | %.1f ms%s |", l.name(), l.connections(),
                    l.requestsPerSecond(), l.p99Ms(), l.non2xx() > 0 ? " (" + l.non2xx() + " non-2xx)" : ""));
        }
    }

    private static String size(long bytes) {
        return bytes < 10_000 ? bytes + " B" : String.format(Locale.ROOT, "%.0f kB", bytes / 1e3);
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

}
