package org.synergraph.cli;

import org.synergraph.config.Config;
import org.synergraph.graph.Graph;
import org.synergraph.graph.GraphMode;

/** Tells the user where the graph is, so they can open it in Neo4j Browser or cypher-shell. */
final class BoltNotice {
    private BoltNotice() {
    }

    static void print(Config config, Graph graph) {
        if (graph.mode() == GraphMode.EXTERNAL) {
            System.out.println("Graph: external Neo4j at " + graph.boltUri() + " (database " + graph.database() + ")");
            return;
        }
        System.out.println("Graph: embedded Neo4j, store " + config.graphDir() + ", Bolt at " + graph.boltUri()
                + " (no authentication; open it with cypher-shell -a " + graph.boltUri() + " or Neo4j Browser)");
        if (!config.boltHost().startsWith("127.") && !config.boltHost().equals("localhost")
                && !config.boltHost().equals("::1")) {
            System.out.println("WARNING: Bolt is bound to " + config.boltHost()
                    + ": anyone who can reach this address can read and change the graph without a password.");
        }
    }
}
