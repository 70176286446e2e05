package org.synergraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synergraph.Synergraph;
import org.synergraph.config.Config;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.ingest.FolderIngest;
import org.synergraph.ingest.NewDocument;
import org.synergraph.ingest.Progress;
import org.synergraph.config.ConfigOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads more documents into the graph (PDF, Word, HTML, text), with metadata from a sidecar or flags. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read .pdf, .docx, .html/.htm, .txt and .md documents into the graph (one transaction each; unchanged documents are"
                + " skipped).", "Metadata comes from FILE.meta.json beside each file when present ({\"id\", \"title\","
                + " \"language\", \"symbol\", \"date\", \"body\", \"meeting\"}), otherwise from the flags below."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (folders: every document inside;"
            + " other files are skipped with a line saying so).")
    List<Path> paths;

    @Option(names = "--title", description = "Title (only when ingesting one file).")
    String title;

    @Option(names = "--language", description = "Language code, e.g. zh or en (default: guessed from the text).")
    String language;

    @Option(names = "--id", description = "Document id (only when ingesting one file; default: derived from the text).")
    String id;

    @Option(names = "--verbose", description = "Print a line for every document instead of a progress bar (lines are"
            + " printed anyway when the output is not a terminal).")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Config config = options.toConfig();
        NewDocument defaults = new NewDocument(id, title, language, null, null, null, null, null, null);
        FolderIngest.Result result;
        try (Synergraph s = Synergraph.open(config, EmbeddedNeo4j.EmbeddedSettings.laptop())) {
            System.out.println("Bundled corpus: " + s.ingestBundledCorpus(Progress.none()).line());
            result = new FolderIngest(s.ingest(), DocumentFormats.standard(config.limits().maxBodyBytes()))
                    .run(paths, defaults, ProgressDisplay.on(System.out, verbose));
        }
        result.skipped().forEach(r -> System.out.println(r.line()));
        System.out.println("Ingested: " + result.summary().line() + "; " + result.skipped().size()
                + " files skipped, " + result.refused().size() + " refused");
        if (result.refused().isEmpty()) {
            return 0;
        }
        System.out.println("Refused:");
        result.refused().forEach(r -> System.out.println("  " + r.line()));
        return 1;
    }
}
