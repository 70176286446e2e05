package org.synergraph.query;

import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** Is the graph there, where is it, and how big is it. */
public final class HealthQuery {
    private final Graph graph;
    private final String cypher;
    private final ReadCache cache;

    public HealthQuery(Graph graph, CypherLibrary library, ReadCache cache) {
        this.graph = graph;
        this.cypher = library.get("health_counts");
        this.cache = cache;
    }

    /** Health of the graph as seen from this process, and how the read cache is doing. */
    public record Health(String status, String mode, String bolt, String database, Counts counts, String message,
                         ReadCache.Stats cache) {
    }

    /** Sizes of the graph. */
    public record Counts(long nodes, long relationships, long entities, long documents, long passages) {
    }

    public Health check() {
        try {
            Counts counts = graph.read(cypher, Map.of(), r -> new Counts(r.get("nodes").asLong(),
                    r.get("relationships").asLong(), r.get("entities").asLong(), r.get("documents").asLong(),
                    r.get("passages").asLong())).get(0);
            return new Health("ok", graph.mode().label(), graph.boltUri(), graph.database(), counts, null, cache.stats());
        } catch (Problem p) {
            return new Health("unavailable", graph.mode().label(), graph.boltUri(), graph.database(), null,
                    p.getMessage(), cache.stats());
        }
    }
}
