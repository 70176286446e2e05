package org.synergraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/** Resolves entity ids to summaries, and says clearly which ids do not exist. */
public final class EntityLookup {
    private final Graph graph;
    private final String cypher;

    public EntityLookup(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.cypher = library.get("entities_exist");
    }

    /** Summaries in the order of the ids; throws a 404 problem naming every unknown id. */
    public List<EntitySummary> requireAll(List<String> ids) {
        Map<String, EntitySummary> found = new LinkedHashMap<>();
        graph.read(cypher, Map.of("ids", ids), r -> EntitySummary.from(r.get("entity")))
                .forEach(e -> found.put(e.id(), e));
        List<String> missing = new ArrayList<>();
        List<EntitySummary> out = new ArrayList<>();
        for (String id : ids) {
            EntitySummary e = found.get(id);
            if (e == null) {
                missing.add(id);
            } else {
                out.add(e);
            }
        }
        if (!missing.isEmpty()) {
            throw Problem.notFound("unknown_entity", "No entity has the id " + String.join(", ", missing) + ".");
        }
        return out;
    }
}
