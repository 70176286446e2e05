package org.synergraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.synergraph.config.Resources;
import org.synergraph.quality.AcceptedFacts;
import org.synergraph.quality.Evaluation;
import org.synergraph.quality.GoldSample;
import org.synergraph.quality.QualityReport;
import org.synergraph.review.Judgement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures extraction against a hand-checked gold sample, without a graph, and prints markdown tables. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Run the pipeline over the bundled corpus (no Neo4j) and measure it against a gold sample.")
final class QualityCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Folder holding the gold sample's entities.json and facts.json.")
    Path gold;

    @Option(names = "--no-curated", description = "Show only the rules' scores, not the scores with curated assertions.")
    boolean noCurated;

    @Option(names = "--resources", defaultValue = "${env:SYNERGRAPH_RESOURCES:-}", paramLabel = "DIR",
            description = "Read data/ from this folder instead of the jar (env SYNERGRAPH_RESOURCES).")
    String resources;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Measure the documents of this folder (a"
            + " manifest.json and the files it names, as in data/corpus) instead of the bundled corpus.")
    Path corpus;

    @Option(names = "--explain", description = "List each rule relation, right or wrong, with the construction that"
            + " read it, and each missed fact, instead of the tables: for development on the sample, never on a test set.")
    boolean explain;

    @Option(names = "--accepted-only", paramLabel = "JUDGEMENTS", description = "Score only the facts reviewers"
            + " accepted (or added) in this judgements file (from 'judgements export' or GET /api/judgements); entity"
            + " scores are unchanged.")
    Path acceptedOnly;

    @Override
    public Integer call() throws IOException {
        Resources res = resources == null || resources.isBlank() ? Resources.fromJar()
                : Resources.from(Optional.of(Path.of(resources).toAbsolutePath()));
        GoldSample sample = GoldSample.load(gold);
        Evaluation all = corpus == null ? Evaluation.run(res)
                : Evaluation.run(res, org.synergraph.corpus.CorpusManifest.inFolder(corpus));
        Evaluation eval = all;
        if (acceptedOnly != null) {
            AcceptedFacts accepted = AcceptedFacts.of(List.of(new ObjectMapper().readValue(acceptedOnly.toFile(),
                    Judgement[].class)));
            System.out.println("Scoring only the " + accepted.size() + " facts accepted in " + acceptedOnly + ".\n");
            eval = all.scoringOnly(accepted);
        }
        System.out.print(explain ? QualityReport.explanation(eval, sample)
                : QualityReport.markdown(eval, sample, !noCurated));
        return 0;
    }
}
