package org.synergraph.cli;

import org.synergraph.config.Config;
import org.synergraph.graph.BoltCredentials;
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
        BoltCredentials credentials = graph.embeddedCredentials().orElseThrow();
        System.out.println("Graph: embedded Neo4j, store " + config.graphDir() + ", Bolt at " + graph.boltUri()
                + ", user " + credentials.user() + ", password " + passwordHint(credentials));
        System.out.println("  Neo4j Browser or cypher-shell: cypher-shell -a " + graph.boltUri() + " -u "
                + credentials.user() + " (Neo4j community has no roles: this user can also write)");
        if (!loopback(config.boltHost())) {
            System.out.println("WARNING: Bolt is bound to " + config.boltHost()
                    + ": anyone who can reach this address can try the password, and with it read and change the graph.");
        }
    }

    /** Where the password is, never the password itself. */
    private static String passwordHint(BoltCredentials credentials) {
        return credentials.source().equals("SYNERGRAPH_BOLT_PASSWORD") ? "as set in SYNERGRAPH_BOLT_PASSWORD"
                : "in " + credentials.source();
    }

    /** Says who can reach the HTTP server when it is bound to anything but loopback. */
    static void printHttpExposure(Config config) {
        if (!loopback(config.httpHost())) {
            System.out.println("NOTE: HTTP is bound to " + config.httpHost() + ": anyone who can reach this address"
                    + " can read the graph; writes need the admin token"
                    + (config.adminToken().isPresent() ? "." : " (none is set, so writes are off)."));
        }
    }

    static boolean loopback(String host) {
        return host.startsWith("127.") || host.equals("localhost") || host.equals("::1");
    }
}
