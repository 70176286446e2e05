package org.synergraph.graph;

/** Whether the graph lives in this process or on a Neo4j server elsewhere. */
public enum GraphMode {
    EMBEDDED, EXTERNAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
