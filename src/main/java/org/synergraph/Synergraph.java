package org.synergraph;

import org.synergraph.config.Config;
import org.synergraph.config.Resources;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.graph.Graph;
import org.synergraph.graph.SchemaInstaller;
import org.synergraph.query.HealthQuery;

/**
 * The application wired together: configuration, the graph connection with its schema applied, the query
 * library, and the services built on them. Closing it closes the graph.
 */
public final class Synergraph implements AutoCloseable {
    private final Config config;
    private final Resources resources;
    private final Graph graph;
    private final CypherLibrary library;
    private final HealthQuery health;

    private Synergraph(Config config, Resources resources, Graph graph, CypherLibrary library) {
        this.config = config;
        this.resources = resources;
        this.graph = graph;
        this.library = library;
        this.health = new HealthQuery(graph, library);
    }

    /** Opens the graph (starting the embedded DBMS when no external one is configured) and applies the schema. */
    public static Synergraph open(Config config, EmbeddedNeo4j.EmbeddedSettings settings) {
        Resources resources = Resources.from(config.resourceRoot());
        CypherLibrary library = CypherLibrary.load(resources);
        Graph graph = Graph.open(config, settings);
        try {
            if (graph.reachable()) {
                SchemaInstaller.apply(graph, resources);
            }
            return new Synergraph(config, resources, graph, library);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    public Config config() {
        return config;
    }

    public Resources resources() {
        return resources;
    }

    public Graph graph() {
        return graph;
    }

    public CypherLibrary library() {
        return library;
    }

    public HealthQuery health() {
        return health;
    }

    @Override
    public void close() {
        graph.close();
    }
}
