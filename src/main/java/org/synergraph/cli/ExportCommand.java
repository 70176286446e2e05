package org.synergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.synergraph.Synergraph;
import org.synergraph.config.ConfigOptions;
import org.synergraph.export.EdgeCsv;
import org.synergraph.export.GraphMl;
import org.synergraph.export.NodeCsv;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.ingest.Backup;
import org.synergraph.ingest.Progress;
import org.synergraph.query.ExportQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the graph (or part of it) with all evidence as JSON, GraphML or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export entities and relations with evidence as json, graphml (Gephi, Cytoscape) or csv.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--format", defaultValue = "json",
            description = "json, graphml, csv (relations with evidence), nodes-csv (every entity), or backup (every node and"
                    + " relationship, for 'import'; default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--ids", description = "Only these entities (comma-separated) and their surroundings.")
    String ids;

    @Option(names = "--depth", defaultValue = "1", description = "With --ids: how many relations out (0-3).")
    int depth;

    @Option(names = {"-o", "--output"}, description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        try (Synergraph s = Synergraph.open(options.toConfig(), EmbeddedNeo4j.EmbeddedSettings.laptop())) {
            s.ingestBundledCorpus(Progress.none());
            if (format.equals("backup")) {
                Backup.Dump dump = new Backup(s.graph(), s.library()).dump();
                write(new ObjectMapper().writeValueAsString(dump), dump.nodes().size() + " nodes and "
                        + dump.relationships().size() + " relationships");
                return 0;
            }
            ExportQuery.ExportGraph g = s.queries().export().export(ids, depth);
            String text = switch (format) {
                case "json" -> new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(g);
                case "graphml" -> GraphMl.of(g);
                case "csv" -> EdgeCsv.of(g);
                case "nodes-csv" -> NodeCsv.of(g);
                default -> throw new IllegalArgumentException("--format must be json, graphml, csv, nodes-csv or backup");
            };
            write(text, g.nodes().size() + " entities and " + g.edges().size() + " relations");
        }
        return 0;
    }

    private void write(String text, String what) throws java.io.IOException {
        if (output == null) {
            System.out.print(text);
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            System.err.println("Wrote " + what + " to " + output);
        }
    }
}
