package org.synergraph.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synergraph.Synergraph;
import org.synergraph.config.ConfigOptions;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.review.Judgement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code judgements export -o FILE} and {@code judgements import FILE}: reviewers' decisions as a file to keep. */
@Command(name = "judgements", mixinStandardHelpOptions = true,
        description = "Write every judgement to a file (export -o FILE), or import such a file (import FILE); an"
                + " import skips judgements already recorded and replays them all.",
        subcommands = {JudgementsCommand.Export.class, JudgementsCommand.Import.class})
final class JudgementsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() {
        System.err.println("Say 'judgements export -o FILE' or 'judgements import FILE'.");
        return 2;
    }

    /** Writes the judgements file. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write every judgement, oldest first.")
    static final class Export implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = {"-o", "--output"}, required = true, description = "The file to write.")
        Path output;

        @Override
        public Integer call() throws Exception {
            try (Synergraph s = Synergraph.open(options.toConfig(), EmbeddedNeo4j.EmbeddedSettings.laptop())) {
                List<Judgement> all = s.review().all();
                JSON.writeValue(output.toFile(), all);
                System.out.println("Wrote " + all.size() + " judgements to " + output);
            }
            return 0;
        }
    }

    /** Imports a judgements file, recorded as imported by "cli" where an entry names no curator. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import a judgements file.")
    static final class Import implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "FILE", description = "A file written by 'judgements export' or GET /api/judgements.")
        Path file;

        @Override
        public Integer call() throws Exception {
            Judgement[] entries = new ObjectMapper().readValue(file.toFile(), Judgement[].class);
            try (Synergraph s = Synergraph.open(options.toConfig(), EmbeddedNeo4j.EmbeddedSettings.laptop())) {
                int n = s.review().importAll(List.of(entries), "cli").judgements().size();
                System.out.println("Imported " + n + " judgements from " + file + " and replayed them all");
            }
            return 0;
        }
    }
}
