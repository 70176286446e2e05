package org.synergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synergraph.problem.Problem;
import org.synergraph.support.TestGraph;

/** Whose Cypher failed decides the kind of problem: ours is the server's fault, a console query's is the client's. */
class GraphErrorsIT {
    private final Graph graph = TestGraph.embedded().synergraph().graph();

    @Test
    void a_missing_index_in_our_cypher_is_an_internal_schema_missing() {
        Problem p = assertThrows(Problem.class, () -> graph.read(
                "CALL db.index.fulltext.queryNodes('no_such_index', 'soil') YIELD node RETURN node.id AS id",
                Map.of(), r -> r.get("id").asString()));

        assertEquals(Problem.Kind.INTERNAL, p.kind(), p.getMessage());
        assertEquals("schema_missing", p.code());
    }

    @Test
    void a_syntax_error_in_our_cypher_is_an_internal_query_failed() {
        Problem p = assertThrows(Problem.class, () -> graph.read("RETURN 1 +", Map.of(), r -> r.get(0)));

        assertEquals(Problem.Kind.INTERNAL, p.kind(), p.getMessage());
        assertEquals("query_failed", p.code());
    }

    @Test
    void the_same_errors_in_a_console_query_are_the_clients() {
        Problem missing = assertThrows(Problem.class, () -> graph.readOnce(Duration.ofSeconds(5), tx -> tx.run(
                "CALL db.index.fulltext.queryNodes('no_such_index', 'soil') YIELD node RETURN node").list()));
        Problem syntax = assertThrows(Problem.class, () -> graph.readOnce(Duration.ofSeconds(5),
                tx -> tx.run("RETURN 1 +").list()));

        assertEquals(Problem.Kind.BAD_REQUEST, missing.kind(), missing.getMessage());
        assertEquals("cypher_error", missing.code());
        assertEquals(Problem.Kind.BAD_REQUEST, syntax.kind(), syntax.getMessage());
        assertEquals("cypher_error", syntax.code());
    }
}
