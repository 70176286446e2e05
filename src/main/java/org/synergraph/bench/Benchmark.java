package org.synergraph.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.synergraph.relations.RelationReader;
import org.synergraph.Synergraph;
import org.synergraph.config.Config;
import org.synergraph.config.Resources;
import org.synergraph.corpus.CorpusManifest;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.extract.Gazetteer;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.http.AppFactory;
import org.synergraph.query.FreshNameIndex;

/** Runs every measurement at every requested scale, then the cold starts, and returns what it saw. */
public final class Benchmark {
    /** Entities in the synthetic name index whose memory the benchmark reports. */
    private static final int SYNTHETIC_NAMES = 100_000;
    private final Options options;

    /**
     * What to run.
     *
     * @param scales       corpus scales, e.g. [1, 100]
     * @param seed         seed of the synthetic corpus
     * @param workDir      where each scale's graph lives while it is measured
     * @param keep         keep the graphs afterwards
     * @param extractSeconds least time each extraction measurement runs (3 s for steady figures)
     * @param warmup       warm-up requests per read case
     * @param runs         measured requests per read case (and per way of asking)
     * @param loadSeconds  seconds per wrk run; 0 skips the load runs
     * @param coldStartJar the jar to launch for the cold-start runs; empty skips them
     */
    public record Options(List<Integer> scales, long seed, Path workDir, boolean keep, double extractSeconds,
                          int warmup, int runs, int loadSeconds, Optional<Path> coldStartJar) {
    }

    /** Everything measured. */
    public record Results(String machine, String startLoad, List<ScaleResult> scales, List<ColdStartBench.Result> coldStarts,
                          String coldStartLoad) {
    }

    public Benchmark(Options options) {
        this.options = options;
    }

    public Results run() throws Exception {
        Resources resources = Resources.fromJar();
        List<SourceDocument> bundled = CorpusManifest.from(resources).load();
        Gazetteer real = Gazetteer.load(resources);
        String startLoad = Machine.load();
        List<ScaleResult> scales = new ArrayList<>();
        for (int scale : options.scales()) {
            scales.add(scale(scale, bundled, real, resources));
        }
        List<ColdStartBench.Result> cold = List.of();
        String coldLoad = "";
        if (options.coldStartJar().isPresent()) {
            System.out.println("Cold start");
            Path dir = Files.createDirectories(options.workDir()).resolve("cold-start");
            deleteTree(dir);
            Files.createDirectories(dir);
            cold = ColdStartBench.run(options.coldStartJar().get(), dir.resolve("data"), dir);
            coldLoad = Machine.load();
            if (!options.keep()) {
                deleteTree(dir);
            }
        }
        return new Results(Machine.describe(), startLoad, scales, cold, coldLoad);
    }

    private ScaleResult scale(int scale, List<SourceDocument> bundled, Gazetteer real, Resources resources)
            throws Exception {
        System.out.printf("Scale %dx (%s)%n", scale, Machine.load());
        long t0 = System.nanoTime();
        SyntheticCorpus corpus = SyntheticCorpus.generate(bundled, real, scale, options.seed());
        double generateSecs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  corpus: %d documents, %.1f MB, %d entities in the gazetteer, %.1f s%n",
                corpus.documents().size(), corpus.bytes() / 1e6, corpus.gazetteer().all().size(), generateSecs);
        List<ExtractBench.Rate> extract = ExtractBench.run(corpus, RelationReader.load(resources),
                Runtime.getRuntime().availableProcessors(),
                options.extractSeconds());
        String extractLoad = Machine.load();
        extract.forEach(r -> System.out.printf("  %-32s %6.1f MB/s on 1 thread (%6.1f per CPU-second), %6.1f MB/s on"
                + " %d%n", r.stage(), r.singleMbPerS(), r.mbPerCpuS(), r.allMbPerS(), r.threads()));
        Path dir = options.workDir().resolve("scale-" + scale);
        deleteTree(dir);
        Config config = new Config(0, dir, "127.0.0.1", 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Config.Limits.defaults(), java.util.List.of());
        try (Synergraph app = Synergraph.open(config, EmbeddedNeo4j.EmbeddedSettings.laptop())) {
            IngestBench.Result ingest = IngestBench.run(app, corpus);
            String ingestLoad = Machine.load();
            System.out.printf("  ingest: %s; peak heap %d MiB, peak RSS %d MiB%n", ingest.summary().line(),
                    ingest.peakHeap() >> 20, ingest.peakRss() >> 20);
            var counts = app.queries().health().check().counts();
            List<String> busiest = busiest(app, resources);
            Javalin api = AppFactory.create(app).start("127.0.0.1", 0);
            Javalin ceiling = Javalin.create(c -> c.showJavalinBanner = false)
                    .get("/ping", ctx -> ctx.result("ok")).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + api.port();
                List<QueryCase> cases = QueryCases.all(busiest, app.queries().reports(), resources);
                List<ReadBench.Result> reads = ReadBench.run(api.port(), app.graph().driver(), app.graph().database(),
                        app.library(), resources, cases, options.warmup(), options.runs());
                String readLoad = Machine.load();
                List<NameIndexBench.Result> names = nameIndex(app);
                List<LoadBench.Result> load = load(base, "http://127.0.0.1:" + ceiling.port() + "/ping", cases);
                return new ScaleResult(scale, corpus.documents().size(), corpus.bytes(), generateSecs, extract,
                        extractLoad, ingest, ingestLoad, counts, reads, readLoad, names, load, Machine.load());
            } finally {
                api.stop();
                ceiling.stop();
            }
        } finally {
            if (!options.keep()) {
                deleteTree(dir);
            }
        }
    }

    /** Search's name index, of this graph and of 10^5 synthetic entities. */
    private static List<NameIndexBench.Result> nameIndex(Synergraph app) {
        NameIndexBench bench = new NameIndexBench();
        List<NameIndexBench.Result> out = List.of(
                bench.measure("this graph", () -> FreshNameIndex.of(app.graph(), app.library()).get()),
                bench.measure("synthetic", () -> NameIndexBench.synthetic(SYNTHETIC_NAMES)));
        out.forEach(r -> System.out.println("  " + r.line()));
        return out;
    }

    private List<LoadBench.Result> load(String base, String ping, List<QueryCase> cases) throws Exception {
        if (options.loadSeconds() <= 0) {
            return List.of();
        }
        if (!LoadBench.available()) {
            System.out.println("  wrk is not installed (apt-get install wrk): load runs skipped");
            return List.of();
        }
        String search = base + cases.stream().filter(c -> c.name().equals("search")).findFirst().orElseThrow().path();
        String shared = base + cases.stream().filter(c -> c.name().startsWith("shared")).findFirst().orElseThrow()
                .path();
        int threads = Runtime.getRuntime().availableProcessors();
        List<LoadBench.Result> out = new ArrayList<>();
        for (int connections : List.of(16, 64)) {
            out.add(LoadBench.run("search", search, connections, threads, options.loadSeconds()));
            out.add(LoadBench.run("shared activity", shared, connections, threads, options.loadSeconds()));
            out.add(LoadBench.run("trivial endpoint", ping, connections, threads, options.loadSeconds()));
        }
        return out;
    }

    /** The initiatives with the most active links: inputs of the shared, overlap, path and entity cases. */
    private static List<String> busiest(Synergraph app, Resources resources) {
        String cypher = BenchCypher.statement(resources, "busiest_initiatives");
        List<String> ids = app.graph().read(cypher, Map.of("limit", 5), r -> r.get("id").asString());
        if (ids.size() < 5) {
            throw new IllegalStateException("the graph has fewer than 5 initiatives: " + ids);
        }
        return ids;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
