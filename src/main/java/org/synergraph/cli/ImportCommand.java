package org.synergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.synergraph.Synergraph;
import org.synergraph.config.ConfigOptions;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.ingest.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Restores a backup written by {@code export --format backup}, in one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Restore a backup made with 'export --format backup' into an empty graph (or --replace).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace", description = "Delete what the graph holds before restoring.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        Backup.Dump dump = new ObjectMapper().readValue(file.toFile(), Backup.Dump.class);
        try (Synergraph s = Synergraph.open(options.toConfig(), EmbeddedNeo4j.EmbeddedSettings.laptop())) {
            s.backup().restore(dump, replace);
            System.out.println("Restored " + dump.nodes().size() + " nodes and " + dump.relationships().size()
                    + " relationships from " + file);
        }
        return 0;
    }
}
