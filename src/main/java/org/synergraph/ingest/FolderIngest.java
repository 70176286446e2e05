package org.synergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.synergraph.corpus.DocumentFormats;
import org.synergraph.problem.Problem;

/**
 * Ingests files and folders: files are read and extracted in parallel on every core, a few ahead of the writer,
 * and written in their folder order, each in its own transaction, with a {@link Progress} told after each. So a
 * large folder shows progress from its first file and holds only the documents in flight in memory. A file that
 * cannot be read is refused with the reason and the others go on.
 */
public final class FolderIngest {
    private final IngestService ingest;
    private final DocumentFormats formats;
    private final int threads;

    public FolderIngest(IngestService ingest, DocumentFormats formats) {
        this(ingest, formats, Runtime.getRuntime().availableProcessors());
    }

    FolderIngest(IngestService ingest, DocumentFormats formats, int threads) {
        this.ingest = ingest;
        this.formats = formats;
        this.threads = Math.max(1, threads);
    }

    /** What a run did: the totals, the files skipped as not documents, and the files refused. */
    public record Result(IngestService.Summary summary, List<DocumentFiles.Refusal> skipped,
                         List<DocumentFiles.Refusal> refused) {
    }

    /** One file read and extracted, or refused. */
    private record Ready(Path file, IngestService.Prepared prepared, DocumentFiles.Refusal refusal) {
    }

    public Result run(List<Path> paths, NewDocument defaults, Progress progress) throws IOException {
        DocumentFiles.Plan plan = DocumentFiles.plan(paths, defaults, formats);
        IngestService.Totals totals = new IngestService.Totals();
        List<DocumentFiles.Refusal> refused = new ArrayList<>();
        progress.start(plan.files().size(), plan.bytes());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Ready>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < plan.files().size() || !inFlight.isEmpty()) {
                while (next < plan.files().size() && inFlight.size() < threads * 2) {
                    Path f = plan.files().get(next++);
                    inFlight.add(pool.submit(() -> prepare(f, defaults)));
                }
                Ready ready = take(inFlight.removeFirst());
                String line;
                if (ready.refusal() != null) {
                    refused.add(ready.refusal());
                    line = ready.refusal().reason();
                } else {
                    IngestService.Outcome o = ingest.write(ready.prepared());
                    totals.add(o);
                    line = o.line();
                }
                progress.step(ready.file().getFileName().toString(), Files.size(ready.file()), line);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        return new Result(totals.summary(), plan.skipped(), refused);
    }

    private Ready prepare(Path f, NewDocument defaults) throws IOException {
        try {
            return new Ready(f, ingest.prepare(DocumentFiles.read(f, defaults, formats)), null);
        } catch (Problem e) {
            if (e.kind() != Problem.Kind.BAD_REQUEST && e.kind() != Problem.Kind.TOO_LARGE) {
                throw e;
            }
            return new Ready(f, null, DocumentFiles.refusal(f, e));
        }
    }

    private static Ready take(Future<Ready> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading documents", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
