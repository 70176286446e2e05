package org.synergraph.graph;

import org.synergraph.config.Resources;

/**
 * Applies {@code cypher/schema/*.cypher} in file-name order to one graph, once: the first successful
 * {@link #ensureApplied()} runs the files, later calls do nothing. Every statement is idempotent (IF NOT EXISTS),
 * so a graph that already has the schema is left as it is.
 */
public final class SchemaInstaller {
    private final Graph graph;
    private final Resources resources;
    private boolean applied;

    public SchemaInstaller(Graph graph, Resources resources) {
        this.graph = graph;
        this.resources = resources;
    }

    /**
     * Applies the schema unless this installer already has; when the graph cannot be reached the problem
     * (UNAVAILABLE) propagates and the next call tries again.
     */
    public synchronized void ensureApplied() {
        if (applied) {
            return;
        }
        for (String file : resources.list("cypher/schema", ".cypher")) {
            CypherFile cypher = CypherFile.parse(file, resources.read("cypher/schema/" + file));
            graph.write(tx -> tx.run(cypher.statement()).consume());
        }
        applied = true;
    }
}
