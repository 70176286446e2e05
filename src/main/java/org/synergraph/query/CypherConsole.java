package org.synergraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Result;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * Runs a person's Cypher read-only: checked against the guard, then run once (no retries) in a READ transaction
 * with a timeout and a row cap, and rolled back.
 */
public final class CypherConsole {
    private final Graph graph;
    private final Duration timeout;
    private final int rowCap;

    public CypherConsole(Graph graph, Duration timeout, int rowCap) {
        this.graph = graph;
        this.timeout = timeout;
        this.rowCap = rowCap;
    }

    public Table run(String query, Map<String, Object> params) {
        CypherGuard.check(query);
        Map<String, Object> p = params == null ? Map.of() : params;
        if (p.size() > 100) {
            throw Problem.badRequest("too_many_params", "At most 100 parameters.");
        }
        return graph.readOnce(timeout, tx -> {
            Result result = tx.run(query, p);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == rowCap) {
                    truncated = true;
                    break;
                }
                rows.add(result.next().values().stream().map(JsonValues::plain).toList());
            }
            return new Table(columns, rows, truncated);
        });
    }
}
