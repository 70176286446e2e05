package org.synergraph.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * Runs a person's Cypher read-only: checked against the guard, then run once (no retries) in a READ transaction
 * with a timeout and a row cap, and rolled back. Like every read answer it takes {@code review} (any, unrejected or
 * accepted; default unrejected): the query gets it as {@code $review}, and rows that return a fact the filter leaves
 * out are left out and counted in {@code hiddenRows}.
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

    public Table run(String query, Map<String, Object> params, String review) {
        CypherGuard.check(query);
        String kept = ReviewView.filter(review);
        Map<String, Object> p = new HashMap<>(params == null ? Map.of() : params);
        if (p.size() > 100) {
            throw Problem.badRequest("too_many_params", "At most 100 parameters.");
        }
        if (p.containsKey("review")) {
            throw Problem.badRequest("reserved_parameter", "$review is the request's review field (any, unrejected"
                    + " or accepted); set that instead of params.review.");
        }
        p.put("review", kept);
        ReviewedRows filter = new ReviewedRows(kept);
        return graph.readOnce(timeout, tx -> {
            Result result = tx.run(query, p);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            int hidden = 0;
            while (result.hasNext()) {
                Record row = result.next();
                if (!filter.keeps(row)) {
                    hidden++;
                } else if (rows.size() == rowCap) {
                    truncated = true;
                    break;
                } else {
                    rows.add(row.values().stream().map(JsonValues::plain).toList());
                }
            }
            return new Table(columns, rows, truncated, null, null, null, kept, hidden, null);
        });
    }
}
