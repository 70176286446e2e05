package org.synergraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.synergraph.bench.BenchReport;
import org.synergraph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures extraction, ingest, the read side, throughput and cold start on synthetic corpora. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: generate synthetic corpora (N times the bundled one by text volume), measure"
                + " segmentation and mention finding, end-to-end ingest, warm read latency through the API and"
                + " through the driver, throughput under wrk, and cold start of `serve`.",
                "Each scale's graph lives under --work and is deleted afterwards unless --keep."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scales", split = ",", defaultValue = "1,100",
            description = "Corpus scales, times the bundled corpus (default ${DEFAULT-VALUE}; 1000 is ~140 MB of text"
                    + " and a long run).")
    List<Integer> scales;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "${java.io.tmpdir}/synergraph-bench",
            description = "Directory for the graphs (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--keep", description = "Keep each scale's graph instead of deleting it.")
    boolean keep;

    @Option(names = "--extract-seconds", defaultValue = "3",
            description = "Least seconds per extraction measurement: warm-up, 1 thread, all threads, for each of 3"
                    + " stages (default ${DEFAULT-VALUE}).")
    double extractSeconds;

    @Option(names = "--warmup", defaultValue = "50", description = "Warm-up requests per query (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "300", description = "Measured requests per query and way (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--load-seconds", defaultValue = "10",
            description = "Seconds per wrk run, 0 to skip (default ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--no-cold-start", description = "Skip the cold-start runs of `serve`.")
    boolean noColdStart;

    @Option(names = "--jar", description = "Jar to launch for the cold-start runs (default: the running jar).")
    Path jar;

    @Option(names = "--out", defaultValue = "target/bench/results.md",
            description = "Markdown file for the results (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Optional<Path> coldJar = noColdStart ? Optional.empty() : Optional.ofNullable(jar).or(BenchCommand::runningJar);
        if (!noColdStart && coldJar.isEmpty()) {
            throw new IllegalArgumentException("not running from a jar: give --jar target/synergraph.jar or"
                    + " --no-cold-start");
        }
        Benchmark.Results results = new Benchmark(new Benchmark.Options(scales, seed, work.toAbsolutePath(), keep,
                extractSeconds, warmup, runs, loadSeconds, coldJar)).run();
        String command = "java -jar target/synergraph.jar " + String.join(" ", spec.commandLine().getParseResult()
                .originalArgs());
        String md = BenchReport.markdown(results, command);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        System.out.println("Written to " + out);
        return 0;
    }

    private static Optional<Path> runningJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot locate the running jar", e);
        }
    }
}
