package org.synergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.support.TestGraph;

/** A second process on a data directory that is in use exits with a clear message and touches nothing. */
class StoreLockIT {

    @Test
    void second_serve_on_the_same_data_directory_exits_with_a_clear_error() throws IOException, InterruptedException {
        Path data = TestGraph.tempDir("locked");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(data.resolve("graph"), "127.0.0.1", 0, TestGraph.settings())) {
            Process second = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "serve", "--data", data.toString(), "--port", "0", "--bolt-port", "0"))
                    .redirectErrorStream(true).start();

            boolean exited = second.waitFor(90, TimeUnit.SECONDS);
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(exited, "second process must exit, not hang");
            assertEquals(2, second.exitValue(), output);
            assertTrue(output.contains("is in use by another"), output);
            assertTrue(first.boltUri().startsWith("neo4j://"));
        }
    }
}
