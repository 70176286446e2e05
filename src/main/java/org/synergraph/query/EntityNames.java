package org.synergraph.query;

import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;

/** Reads every entity's names from the graph (name_index_entities.cypher) into a {@link NameIndex}. */
final class EntityNames {
    private final Graph graph;
    private final String statement;

    EntityNames(Graph graph, CypherLibrary library) {
        this.graph = graph;
        this.statement = library.get("name_index_entities");
    }

    NameIndex read() {
        return NameIndex.of(graph.read(statement, java.util.Map.of(), r -> new NameIndex.Entry(r.get("id").asString(),
                r.get("type").asString(null), r.get("nameEn").asString(null), r.get("nameZh").asString(null),
                r.get("aliases").asList(v -> v.asString()), !r.get("reviewState").isNull(),
                r.get("relations").asInt())));
    }
}
