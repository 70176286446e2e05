package org.synergraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synergraph.config.Resources;

/**
 * The query texts of {@code cypher/queries/*.cypher}, loaded once at start-up and looked up by name.
 * A missing file fails start-up with its path, not the first request.
 */
public final class CypherLibrary {
    private final Map<String, CypherFile> queries;

    private CypherLibrary(Map<String, CypherFile> queries) {
        this.queries = queries;
    }

    public static CypherLibrary load(Resources resources) {
        Map<String, CypherFile> byName = new LinkedHashMap<>();
        for (String file : resources.list("cypher/queries", ".cypher")) {
            String name = file.substring(0, file.length() - ".cypher".length());
            byName.put(name, CypherFile.parse(name, resources.read("cypher/queries/" + file)));
        }
        return new CypherLibrary(byName);
    }

    /** The statement of query {@code name}; throws if there is no such file. */
    public String get(String name) {
        CypherFile file = queries.get(name);
        if (file == null) {
            throw new IllegalStateException("no query file cypher/queries/" + name + ".cypher");
        }
        return file.statement();
    }

    /** Fails now if any of the named queries is missing. */
    public CypherLibrary require(List<String> names) {
        names.forEach(this::get);
        return this;
    }

    public Map<String, CypherFile> all() {
        return Map.copyOf(queries);
    }
}
