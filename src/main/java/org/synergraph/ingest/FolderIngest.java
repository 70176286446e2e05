package org.synergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.problem.Problem;

/**
 * Ingests files and folders one document at a time (read, extract, write in its own transaction), telling a
 * {@link Progress} after each, so that a large folder shows progress from its first file and holds one
 * document's text in memory at a time. A file that cannot be read is refused with the reason and the others go on.
 */
public final class FolderIngest {
    private final IngestService ingest;
    private final DocumentFormats formats;

    public FolderIngest(IngestService ingest, DocumentFormats formats) {
        this.ingest = ingest;
        this.formats = formats;
    }

    /** What a run did: the totals, the files skipped as not documents, and the files refused. */
    public record Result(IngestService.Summary summary, List<DocumentFiles.Refusal> skipped,
                         List<DocumentFiles.Refusal> refused) {
    }

    public Result run(List<Path> paths, NewDocument defaults, Progress progress) throws IOException {
        DocumentFiles.Plan plan = DocumentFiles.plan(paths, defaults, formats);
        IngestService.Totals totals = new IngestService.Totals();
        List<DocumentFiles.Refusal> refused = new ArrayList<>();
        progress.start(plan.files().size(), plan.bytes());
        for (Path f : plan.files()) {
            progress.step(f.getFileName().toString(), Files.size(f), ingestOne(f, defaults, totals, refused));
        }
        progress.finish();
        return new Result(totals.summary(), plan.skipped(), refused);
    }

    /** Reads and ingests one file; returns the progress line saying what became of it. */
    private String ingestOne(Path f, NewDocument defaults, IngestService.Totals totals,
                             List<DocumentFiles.Refusal> refused) throws IOException {
        IngestService.Outcome o;
        try {
            o = ingest.ingest(DocumentFiles.read(f, defaults, formats));
        } catch (Problem e) {
            if (e.kind() != Problem.Kind.BAD_REQUEST && e.kind() != Problem.Kind.TOO_LARGE) {
                throw e; // the graph, not the file: stop rather than refuse every file after it
            }
            DocumentFiles.Refusal r = DocumentFiles.refusal(f, e);
            refused.add(r);
            return r.reason();
        }
        totals.add(o);
        return o.line();
    }
}
