package org.synergraph.cli;

import org.synergraph.Synergraph;
import org.synergraph.graph.GraphMode;
import org.synergraph.ingest.Progress;
import org.synergraph.problem.Problem;

/**
 * Loads the bundled corpus before serving. When an external Neo4j cannot be reached yet, the server starts
 * anyway (health says so, queries answer 503) and a background thread retries until the graph is back.
 */
final class CorpusLoading {
    private static final long RETRY_MILLIS = 5_000;

    private CorpusLoading() {
    }

    static void startOrRetry(Synergraph s) {
        try {
            System.out.println("Corpus: " + s.ingestBundledCorpus(ProgressDisplay.on(System.out, false)).line());
        } catch (Problem p) {
            if (p.kind() != Problem.Kind.UNAVAILABLE || s.graph().mode() != GraphMode.EXTERNAL) {
                throw p;
            }
            System.out.println("WARNING: Neo4j at " + s.graph().boltUri() + " cannot be reached; serving anyway and"
                    + " retrying every " + RETRY_MILLIS / 1000 + " s.");
            Thread retry = new Thread(() -> retryUntilLoaded(s), "synergraph-corpus-retry");
            retry.setDaemon(true);
            retry.start();
        }
    }

    private static void retryUntilLoaded(Synergraph s) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(RETRY_MILLIS);
                System.out.println("Corpus: " + s.ingestBundledCorpus(Progress.none()).line());
                return;
            } catch (Problem p) {
                if (p.kind() != Problem.Kind.UNAVAILABLE) {
                    System.err.println("synergraph: loading the corpus failed: " + p.getMessage());
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
