package org.synergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.graph.CypherFile;
import org.synergraph.http.AppFactory;
import org.synergraph.problem.Problem;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/**
 * Opening a graph applies the schema, whether or not the bundled corpus is ever loaded (bench opens its graph and
 * writes its own corpus); and a query that meets a missing index answers 500, not the client's 400.
 */
class SchemaOnOpenIT {

    @Test
    void open_applies_the_schema_and_a_missing_index_is_a_server_error() throws Exception {
        // Given a graph opened on an empty data directory, without loading the corpus
        try (Synergraph s = Synergraph.open(TestGraph.config(TestGraph.tempDir("schema-on-open"), Optional.empty()),
                TestGraph.settings())) {
            List<String> constraints = s.graph().read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
                    Map.of(), r -> r.get("name").asString());
            List<String> indexes = s.graph().read("SHOW INDEXES YIELD name, state RETURN name + ' ' + state AS i",
                    Map.of(), r -> r.get("i").asString());

            // Then the constraints and indexes of cypher/schema are there and online
            assertEquals(List.of("document_id", "entity_id", "judgement_id", "passage_id"), constraints);
            assertTrue(indexes.containsAll(List.of("entity_names ONLINE", "passage_text ONLINE",
                    "entity_search_text ONLINE", "passage_document ONLINE", "entity_type ONLINE", "judgement_entity ONLINE")),
                    indexes.toString());

            // When the names index is gone
            s.graph().write(tx -> tx.run("DROP INDEX entity_names").consume());
            Javalin app = AppFactory.create(s).start("127.0.0.1", 0);
            try {
                // Then search, which answers from its in-memory name index, does not need it
                Api.Response r = new Api("http://127.0.0.1:" + app.port()).get("/api/search?q=RECSOIL");
                assertEquals(200, r.status(), r.body());
            } finally {
                app.stop();
            }
            // and a statement of ours that does (the database search the benchmark compares with) is the server's
            // fault, said as such (HTTP answers a Problem of kind INTERNAL with 500)
            String statement = CypherFile.parse("search", Files.readString(Path.of("cypher/bench/search.cypher")))
                    .statement();
            Map<String, Object> params = new HashMap<>();
            params.put("lucene", "recsoil");
            params.put("exact", "recsoil");
            params.put("type", null);
            params.put("limit", 10);
            params.put("review", "unrejected");
            Problem p = assertThrows(Problem.class, () -> s.graph().read(statement, params, r -> r));
            assertEquals(Problem.Kind.INTERNAL, p.kind(), p.getMessage());
            assertEquals("schema_missing", p.code(), p.getMessage());
        }
    }
}
