package org.synergraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.synergraph.Synergraph;
import org.synergraph.config.Config;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.ingest.DocumentFiles;
import org.synergraph.ingest.IngestService;
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

    @Option(names = "--verbose", description = "Print a line for every document instead of a progress bar.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        Config config = options.toConfig();
        DocumentFiles.Loaded loaded = DocumentFiles.load(paths,
                new NewDocument(id, title, language, null, null, null, null, null, null),
                DocumentFormats.standard(config.limits().maxBodyBytes()), r -> System.out.println(r.line()));
        try (Synergraph s = Synergraph.open(config, EmbeddedNeo4j.EmbeddedSettings.laptop())) {
            System.out.println("Bundled corpus: " + s.ingestBundledCorpus(Progress.none()).line());
            IngestService.Summary summary = s.ingest().ingestAll(loaded.documents(),
                    verbose ? Progress.lines(System.out) : Progress.bar(System.out));
            System.out.println("Ingested: " + summary.line() + "; " + loaded.skipped().size() + " files skipped, "
                    + loaded.refused().size() + " refused");
        }
        if (loaded.refused().isEmpty()) {
            return 0;
        }
        System.out.println("Refused:");
        loaded.refused().forEach(r -> System.out.println("  " + r.line()));
        return 1;
    }
}
