package org.synergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.problem.Problem;
import org.synergraph.support.GraphSnapshot;
import org.synergraph.support.TestGraph;

/** A backup written to JSON and restored elsewhere gives back the same graph, evidence and all. */
class BackupIT {

    @Test
    void backup_restored_into_another_store_is_the_same_graph() throws Exception {
        TestGraph source = TestGraph.embedded();
        GraphSnapshot original = GraphSnapshot.of(source.synergraph().graph());
        String file = new ObjectMapper().writeValueAsString(
                new Backup(source.synergraph().graph(), source.synergraph().library()).dump());
        TestGraph target = TestGraph.over(TestGraph.config(TestGraph.tempDir("restore"), Optional.empty()));
        try {
            Backup restore = new Backup(target.synergraph().graph(), target.synergraph().library());
            Backup.Dump dump = new ObjectMapper().readValue(file, Backup.Dump.class);

            Problem refused = assertThrows(Problem.class, () -> restore.restore(dump, false));
            restore.restore(dump, true);

            assertEquals("graph_not_empty", refused.code());
            GraphSnapshot restored = GraphSnapshot.of(target.synergraph().graph());
            assertTrue(original.relationships() > 0);
            assertEquals(original, restored);
        } finally {
            target.stop();
        }
    }
}
