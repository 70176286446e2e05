package org.synergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.support.Child;
import org.synergraph.support.TestGraph;

/** A second process on a data directory that is in use exits with a clear message and touches nothing. */
class StoreLockIT {

    @Test
    void second_serve_on_the_same_data_directory_exits_with_a_clear_error() throws IOException, InterruptedException {
        Path data = TestGraph.tempDir("locked");
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(data.resolve("graph"), "127.0.0.1", 0, TestGraph.settings(),
                TestGraph.serverCredentials())) {
            Child.Result second = Child.run(90, Child.command(List.of(),
                    "serve", "--data", data.toString(), "--port", "0", "--bolt-port", "0"));

            assertEquals(2, second.exit(), "second process must exit with a usage error, not hang: " + second.output());
            assertTrue(second.output().contains("is in use by another"), second.output());
            assertTrue(first.boltUri().startsWith("neo4j://"));
        }
    }
}
