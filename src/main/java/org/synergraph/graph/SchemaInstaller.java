package org.synergraph.graph;

import org.synergraph.config.Resources;

/** Applies {@code cypher/schema/*.cypher} in file-name order; every statement is idempotent (IF NOT EXISTS). */
public final class SchemaInstaller {
    private SchemaInstaller() {
    }

    public static int apply(Graph graph, Resources resources) {
        int applied = 0;
        for (String file : resources.list("cypher/schema", ".cypher")) {
            CypherFile cypher = CypherFile.parse(file, resources.read("cypher/schema/" + file));
            graph.write(tx -> tx.run(cypher.statement()).consume());
            applied++;
        }
        return applied;
    }
}
