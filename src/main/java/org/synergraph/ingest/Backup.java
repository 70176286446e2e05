package org.synergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * A whole-graph backup as plain data (every node and relationship with all properties, evidence included), and its
 * restore in one transaction: export, import, and the graph is the same.
 */
public final class Backup {
    private final Graph graph;
    private final CypherLibrary library;
    private final WriteHook afterRestore;

    public Backup(Graph graph, CypherLibrary library) {
        this(graph, library, WriteHook.NONE);
    }

    /**
     * A backup whose restore keeps the judgements already in the graph (a restore never loses a reviewer's
     * decision) and then runs {@code afterRestore} (replaying all judgements) in the same transaction.
     */
    public Backup(Graph graph, CypherLibrary library, WriteHook afterRestore) {
        this.graph = graph;
        this.library = library.require(List.of("backup_nodes", "backup_relationships", "restore_nodes",
                "restore_relationships", "graph_size", "wipe_graph", "review_judgements", "review_write_judgements"));
        this.afterRestore = afterRestore;
    }

    /** The backup file's content. */
    public record Dump(String format, List<NodeRow> nodes, List<RelationshipRow> relationships) {
    }

    /** A node: its labels and properties. */
    public record NodeRow(List<String> labels, Map<String, Object> props) {
    }

    /** A relationship: type, end points by id, and properties. */
    public record RelationshipRow(String type, String source, String target, Map<String, Object> props) {
    }

    public static final String FORMAT = "synergraph-backup-1";

    public Dump dump() {
        List<NodeRow> nodes = graph.read(library.get("backup_nodes"), Map.of(),
                r -> new NodeRow(r.get("labels").asList(Value::asString), r.get("props").asMap()));
        List<RelationshipRow> rels = graph.read(library.get("backup_relationships"), Map.of(),
                r -> new RelationshipRow(r.get("type").asString(), r.get("source").asString(null),
                        r.get("target").asString(null), r.get("props").asMap()));
        return new Dump(FORMAT, nodes, rels);
    }

    /** Restores a dump into an empty graph (or, with {@code replace}, over whatever is there), all or nothing. */
    public void restore(Dump dump, boolean replace) {
        if (!FORMAT.equals(dump.format())) {
            throw Problem.badRequest("bad_backup", "not a Synergraph backup (format '" + dump.format() + "')");
        }
        long existing = graph.read(library.get("graph_size"), Map.of(), r -> r.get("nodes").asLong()).get(0);
        if (existing > 0 && !replace) {
            throw new Problem(Problem.Kind.CONFLICT, "graph_not_empty", "The graph already holds " + existing
                    + " nodes; restore into an empty data directory, or pass --replace to overwrite it.");
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        dump.nodes().forEach(n -> nodes.add(Map.of("labels", n.labels(), "props", n.props())));
        List<Map<String, Object>> rels = new ArrayList<>();
        dump.relationships().forEach(r -> rels.add(Map.of("type", r.type(), "source", r.source(), "target", r.target(),
                "props", r.props())));
        List<Map<String, Object>> judgements = graph.read(library.get("review_judgements"), Map.of(),
                r -> r.get("judgement").asMap());
        graph.write(tx -> {
            tx.run(library.get("wipe_graph")).consume();
            tx.run(library.get("restore_nodes"), Map.of("nodes", nodes)).consume();
            tx.run(library.get("restore_relationships"), Map.of("relationships", rels)).consume();
            tx.run(library.get("review_write_judgements"), Map.of("judgements", judgements)).consume();
            afterRestore.afterWrite(tx);
        });
    }
}
