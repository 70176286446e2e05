package org.synergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.Child;
import org.synergraph.support.TestGraph;

/**
 * Every subcommand of the jar, run as a user runs it: through {@link Main}'s command line, on a temporary data
 * directory with its own embedded graph, on the bundled corpus; each checks the exit code and what it printed.
 * A subcommand that {@code --help} lists and no test here names fails {@link #help_lists_only_smoke_tested_commands}.
 */
class SubcommandSmokeIT {
    /** One data directory for the commands that only read or add to it (ingest, report, export). */
    private static final Path DATA = TestGraph.tempDir("smoke-data");
    private static final Pattern READY = Pattern.compile("Synergraph ready in .* http://localhost:(\\d+)/");

    private static Path backupFile;
    private static Run backup;

    private record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        try {
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.out.printf("SubcommandSmokeIT: %s took %.1f s%n", args[0], (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The options that keep a command on its own data directory and off the default ports. */
    private static String[] on(Path data, String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", data.toString(), "--bolt-port", "0"));
        return all.toArray(String[]::new);
    }

    @Test
    void help_lists_only_smoke_tested_commands() {
        Run r = run("--help");

        assertEquals(0, r.exit(), r.all());
        List<String> commands = listedCommands(r.out());
        assertTrue(commands.containsAll(List.of("serve", "ingest", "report", "export", "import", "quality", "bench")),
                r.out());
        List<String> tested = Arrays.stream(SubcommandSmokeIT.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).toList();
        for (String command : commands) {
            assertTrue(tested.stream().anyMatch(t -> t.startsWith(command + "_")),
                    "'" + command + "' is listed by --help but has no smoke test here named " + command + "_…");
        }
    }

    @Test
    void serve_answers_health_and_search_then_stops_on_sigterm() throws Exception {
        Path data = TestGraph.tempDir("smoke-serve");
        long t0 = System.nanoTime();
        Process child = Child.start(Child.command(List.of(), "serve", "--data", data.toString(), "--port", "0",
                "--bolt-port", "0"));
        ChildOutput printed = ChildOutput.follow(child);
        boolean stopped;
        try {
            int port = printed.awaitReady(180);
            Api api = new Api("http://127.0.0.1:" + port);

            Api.Response health = api.get("/api/health");
            Api.Response search = api.get("/api/search?q=RECSOIL");

            assertEquals(200, health.status(), health.body());
            assertEquals(5, health.json().get("counts").get("documents").asInt(), health.body());
            assertEquals(200, search.status(), search.body());
            assertTrue(search.body().contains("initiative:recsoil"), search.body());
        } finally {
            child.toHandle().destroy(); // SIGTERM, as Ctrl-C or systemd; Process.destroy() would also close its output
            stopped = child.waitFor(60, TimeUnit.SECONDS);
            if (!stopped) {
                child.destroyForcibly().waitFor();
            }
            System.out.printf("SubcommandSmokeIT: serve took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        String out = printed.all();
        assertTrue(stopped, "serve did not stop within 60 s of SIGTERM:\n" + out);
        assertEquals(143, child.exitValue(), out);
        assertTrue(out.contains("Corpus: 5 documents (5 written)"), out);
        assertTrue(out.contains("Stopping: HTTP server, then driver, then graph."), out);
    }

    @Test
    void ingest_reads_the_bundled_corpus_and_a_new_file() throws IOException {
        Path dir = TestGraph.tempDir("smoke-docs");
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "1. The Food and Agriculture Organization of the United Nations (FAO) reported on "
                + "RECSOIL in Ghana.\n");
        Files.writeString(dir.resolve("note.txt.meta.json"), "{\"id\":\"smoke-note\",\"title\":\"A note\","
                + "\"language\":\"en\"}");

        Run r = run(on(DATA, "ingest", file.toString()));

        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Bundled corpus: 5 documents"), r.out());
        assertTrue(r.out().contains("Ingested: 1 documents"), r.out());
    }

    @Test
    void report_prints_countries_by_initiatives_as_a_table() {
        Run r = run(on(DATA, "report", "countries_by_initiatives"));

        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Costa Rica") || r.out().contains("哥斯达黎加"), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ rows.*"), r.out());
    }

    @Test
    void export_writes_a_backup_of_every_node_and_relationship() throws IOException {
        Run r = backupOfData();

        assertEquals(0, r.exit(), r.all());
        assertTrue(r.err().matches("(?s).*Wrote \\d+ nodes and \\d+ relationships to .*"), r.err());
        assertTrue(Files.readString(backupFile).contains("initiative:recsoil"), "the backup holds the bundled entities");
    }

    @Test
    void import_restores_a_backup_into_an_empty_data_directory() {
        Run dump = backupOfData();
        Matcher wrote = Pattern.compile("Wrote (\\d+ nodes and \\d+ relationships)").matcher(dump.err());
        assertTrue(wrote.find(), dump.all());

        Run r = run(on(TestGraph.tempDir("smoke-import"), "import", backupFile.toString()));

        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Restored " + wrote.group(1) + " from " + backupFile), r.out());
    }

    @Test
    void judgements_import_then_export_on_a_data_directory_of_its_own() throws IOException {
        Path data = TestGraph.tempDir("smoke-judgements");
        Path in = data.resolve("in.json");
        Path out = data.resolve("out.json");
        Files.writeString(in, "[{\"id\":\"smoke-1\",\"decision\":\"accept\",\"subject\":\"initiative:recsoil\","
                + "\"predicate\":\"ACTIVE_IN\",\"object\":\"country:CRI\",\"status\":\"active\",\"curator\":\"ana\"}]");

        Run imported = run(on(data, "judgements", "import", in.toString()));
        Run exported = run(on(data, "judgements", "export", "-o", out.toString()));

        assertEquals(0, imported.exit(), imported.all());
        assertTrue(imported.out().contains("Imported 1 judgements"), imported.out());
        assertEquals(0, exported.exit(), exported.all());
        assertTrue(Files.readString(out).contains("\"id\" : \"smoke-1\""), Files.readString(out));
    }

    @Test
    void quality_scores_the_pipeline_against_a_small_gold_folder() {
        Run r = run("quality", "--gold", resource("/quality-gold").toString());

        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("## Entities (documents 000)"), r.out());
        assertTrue(r.out().contains("## Relations, rules only"), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\| ACTIVE_IN \\| \\d+ \\| 2 \\|.*"), "both ACTIVE_IN facts found: " + r.out());
    }

    @Test
    void quality_with_accepted_only_scores_only_the_facts_a_judgements_file_accepts() throws IOException {
        // Given a judgements file that accepts one of the gold sample's facts and rejects another
        Path file = TestGraph.tempDir("smoke-quality").resolve("judgements.json");
        Files.writeString(file, "[{\"id\":\"q-1\",\"decision\":\"accept\",\"subject\":\"initiative:recsoil\","
                + "\"predicate\":\"ACTIVE_IN\",\"object\":\"country:CRI\",\"status\":\"active\",\"curator\":\"ana\"},"
                + "{\"id\":\"q-2\",\"decision\":\"reject\",\"subject\":\"initiative:recsoil\",\"predicate\":\"ACTIVE_IN\","
                + "\"object\":\"country:GHA\",\"status\":\"active\",\"curator\":\"ana\"}]");

        // When quality scores accepted facts only, and when it is asked to without a file
        Run r = run("quality", "--gold", resource("/quality-gold").toString(), "--accepted-only", file.toString());
        Run noFile = run("quality", "--gold", resource("/quality-gold").toString(), "--accepted-only");

        // Then only the accepted fact is predicted, and it is right
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Scoring only the 1 facts accepted in " + file), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\| ACTIVE_IN \\| 1 \\| 1 \\|.*"), "one ACTIVE_IN fact scored: " + r.out());
        assertEquals(2, noFile.exit(), noFile.all());
        assertTrue(noFile.err().contains("--accepted-only"), noFile.all());
    }

    @Test
    void bench_at_scale_1_prints_every_measurement_and_skips_what_it_cannot_run() throws IOException {
        Path work = TestGraph.tempDir("smoke-bench");
        Path results = work.resolve("results.md");

        Run r = run("bench", "--scales", "1", "--extract-seconds", "0.1", "--warmup", "2", "--runs", "5",
                "--load-seconds", "1", "--no-cold-start", "--work", work.resolve("graphs").toString(),
                "--out", results.toString());

        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(results);
        assertTrue(md.contains("### Scale 1x: 5 documents"), md);
        assertTrue(md.contains("| segmentation + mention finding |"), md);
        assertTrue(md.contains("Read side, warm, 5 runs each"), md);
        for (String query : List.of("search", "entity page", "neighbourhood depth 2", "shared activity (3 inputs)",
                "report countries_by_initiatives")) {
            assertTrue(md.contains("\n| " + query + " | "), query + " missing from\n" + md);
        }
        assertTrue(md.contains("Throughput, wrk on loopback") || r.out().contains("wrk is not installed"), r.out());
    }

    /** {@code export --format backup} of {@link #DATA}, run once for the export and import tests. */
    private static synchronized Run backupOfData() {
        if (backup == null) {
            backupFile = TestGraph.tempDir("smoke-backup").resolve("backup.json");
            backup = run(on(DATA, "export", "--format", "backup", "-o", backupFile.toString()));
        }
        return backup;
    }

    private static List<String> listedCommands(String usage) {
        List<String> names = new ArrayList<>();
        boolean inCommands = false;
        for (String line : usage.split("\n")) {
            if (line.startsWith("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.matches(" {2}\\S.*")) {
                names.add(line.strip().split("\\s+")[0].replace(",", ""));
            } else if (inCommands && !line.startsWith(" ")) {
                inCommands = false;
            }
        }
        return names;
    }

    /** A child's merged output, read line by line on its own thread so the child never blocks on a full pipe. */
    private static final class ChildOutput {
        private final StringBuffer lines = new StringBuffer();
        private final CompletableFuture<Integer> port = new CompletableFuture<>();
        private final Thread reader;

        private ChildOutput(Process child) {
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.append(line).append('\n');
                        Matcher m = READY.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                        }
                    }
                } catch (IOException e) {
                    lines.append("(reading the output failed: ").append(e).append(")\n");
                } finally {
                    port.complete(-1);
                }
            }, "smoke-serve-output");
            reader.setDaemon(true);
            reader.start();
        }

        static ChildOutput follow(Process child) {
            return new ChildOutput(child);
        }

        int awaitReady(int seconds) throws Exception {
            int p;
            try {
                p = port.get(seconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                p = -1;
            }
            if (p < 0) {
                fail("serve did not say it was ready within " + seconds + " s:\n" + lines);
            }
            return p;
        }

        /** Everything printed, once the child has exited and its output is read to the end. */
        String all() throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(10));
            return lines.toString();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(SubcommandSmokeIT.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
