package org.synergraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Converts any value Cypher can return into plain JSON-ready Java values (maps, lists, strings, numbers). A typed
 * relation (ACTIVE_IN, FUNDS, …) also carries {@code review} {state, by, at, note}, as relations do in every answer.
 */
public final class JsonValues {
    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private JsonValues() {
    }

    public static Object plain(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        // Compare types, not type names: a list's name is "LIST OF ANY?", not "LIST".
        if (v.hasType(TYPES.NODE())) {
            return node(v.asNode());
        } else if (v.hasType(TYPES.RELATIONSHIP())) {
            return relationship(v.asRelationship());
        } else if (v.hasType(TYPES.PATH())) {
            return path(v.asPath());
        } else if (v.hasType(TYPES.LIST())) {
            return v.asList(JsonValues::plain);
        } else if (v.hasType(TYPES.MAP())) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.keys().forEach(k -> m.put(k, plain(v.get(k))));
            return m;
        } else if (v.hasType(TYPES.INTEGER())) {
            return v.asLong();
        } else if (v.hasType(TYPES.FLOAT())) {
            return v.asDouble();
        } else if (v.hasType(TYPES.BOOLEAN())) {
            return v.asBoolean();
        } else if (v.hasType(TYPES.STRING())) {
            return v.asString();
        }
        return String.valueOf(v.asObject());
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        m.put("labels", labels);
        Map<String, Object> props = new LinkedHashMap<>();
        n.keys().forEach(k -> props.put(k, plain(n.get(k))));
        m.put("properties", props);
        return m;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type());
        Map<String, Object> props = new LinkedHashMap<>();
        r.keys().forEach(k -> props.put(k, plain(r.get(k))));
        m.put("properties", props);
        if (ReviewedRows.isFact(r)) {
            m.put("review", ReviewView.from(r::get));
        }
        return m;
    }

    private static Map<String, Object> path(Path p) {
        List<Object> nodes = new ArrayList<>();
        p.nodes().forEach(n -> nodes.add(node(n)));
        List<Object> rels = new ArrayList<>();
        p.relationships().forEach(r -> rels.add(relationship(r)));
        return Map.of("nodes", nodes, "relationships", rels);
    }
}
