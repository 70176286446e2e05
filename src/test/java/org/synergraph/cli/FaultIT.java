package org.synergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.synergraph.graph.CypherFile;
import org.synergraph.support.Child;
import org.synergraph.support.TestGraph;

/** Whole-process faults: a kill -9 in the middle of an ingest, foreign and read-only data directories. */
class FaultIT {
    private static final String[] COUNTRIES = {"加纳", "墨西哥", "秘鲁", "多哥", "肯尼亚", "越南", "智利", "泰国"};

    @Test
    void kill_during_ingest_leaves_whole_documents_and_a_rerun_completes() throws Exception {
        Path data = TestGraph.tempDir("killed");
        Path docs = generatedDocuments(400);
        Process child = Child.start(Child.command(List.of(), "ingest", docs.toString(), "--data", data.toString(),
                "--bolt-port", "0", "--verbose"));
        waitForLine(child, "[20/400, ", 180);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        TestGraph app = TestGraph.over(TestGraph.config(data, Optional.empty()));
        try {
            assertEquals(Map.of("brokenDocuments", 0L, "orphanPassages", 0L, "danglingEvidence", 0L),
                    consistency(app), "after kill -9");
            long before = app.api().get("/api/documents").json().get("total").asLong();
            System.out.println("FaultIT: documents in the graph after kill -9: " + before + " of 405");
            assertTrue(before >= 5 + 20 && before < 405, "the kill came in the middle of the ingest: " + before);

            var summary = app.synergraph().ingest().ingestAll(
                    org.synergraph.ingest.DocumentFiles.load(List.of(docs), null,
                            org.synergraph.corpus.DocumentFormats.standard(5L << 20), app.synergraph().ingest(),
                            r -> { }).documents(),
                    org.synergraph.ingest.Progress.none());

            assertEquals(400 + 5, app.api().get("/api/documents").json().get("total").asLong());
            assertEquals(400 + 5 - before, summary.changed(), "the rerun writes exactly the missing documents");
            assertEquals(Map.of("brokenDocuments", 0L, "orphanPassages", 0L, "danglingEvidence", 0L),
                    consistency(app), "after rerun");
        } finally {
            app.stop();
        }
    }

    @Test
    void a_foreign_data_directory_is_refused_and_left_untouched() throws Exception {
        Path data = TestGraph.tempDir("foreign");
        Files.createDirectories(data.resolve("graph"));
        Files.writeString(data.resolve("graph/thesis.docx"), "not a graph");

        Child.Result r = Child.run(90, Child.command(List.of(), "serve", "--data", data.toString(), "--port", "0",
                "--bolt-port", "0"));

        assertEquals(2, r.exit(), r.output());
        assertTrue(r.output().contains("not part of a Neo4j store"), r.output());
        assertEquals(List.of("thesis.docx"), Files.list(data.resolve("graph")).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void a_read_only_data_directory_is_a_clear_error() throws Exception {
        Path data = TestGraph.tempDir("readonly");
        assumeTrue(new ProcessBuilder("chattr", "+i", data.toString()).start().waitFor() == 0,
                "chattr +i is not available here, so a read-only folder cannot be made for root");
        try {
            Child.Result r = Child.run(90, Child.command(List.of(), "serve", "--data", data.toString(), "--port", "0",
                    "--bolt-port", "0"));

            assertNotEquals(0, r.exit(), r.output());
            assertTrue(r.output().contains("cannot create the graph store folder"), r.output());
            assertTrue(!r.output().contains("\tat "), "no stack trace: " + r.output());
        } finally {
            new ProcessBuilder("chattr", "-i", data.toString()).start().waitFor();
        }
    }

    private static Map<String, Object> consistency(TestGraph app) throws IOException {
        String text = new String(FaultIT.class.getResourceAsStream("/cypher/consistency.cypher").readAllBytes(),
                StandardCharsets.UTF_8);
        return app.synergraph().graph().read(CypherFile.parse("consistency", text).statement(), Map.of(),
                r -> r.asMap()).get(0);
    }

    private static Path generatedDocuments(int n) throws IOException {
        Path dir = TestGraph.tempDir("generated-docs");
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int para = 1; para <= 8; para++) {
                text.append(para).append(". 全球农业土壤再碳化倡议已开始在").append(COUNTRIES[(i + para) % COUNTRIES.length])
                        .append("和").append(COUNTRIES[(i * 3 + para) % COUNTRIES.length])
                        .append("实施，联合国粮食及农业组织提供支持。第").append(i).append("号报告。\n\n");
            }
            Files.writeString(dir.resolve(String.format("gen-%04d.txt", i)), text.toString());
        }
        return dir;
    }

    private static void waitForLine(Process p, String prefix, int seconds) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new AssertionError("the child never printed '" + prefix + "'");
    }
}
