package org.synergraph.bench;

import org.synergraph.Synergraph;
import org.synergraph.corpus.Segmenter;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.MentionFinder;
import org.synergraph.relations.RelationReader;
import org.synergraph.ingest.GraphRows;
import org.synergraph.ingest.GraphWriter;
import org.synergraph.ingest.IngestService;
import org.synergraph.ingest.Pipeline;
import org.synergraph.ingest.Progress;

/** End-to-end ingest of a synthetic corpus into the embedded graph, the same service `serve` and `ingest` use. */
final class IngestBench {
    private IngestBench() {
    }

    /**
     * What one ingest took.
     *
     * @param summary      the ingest service's own totals
     * @param peakHeap     peak heap in use during the ingest, bytes
     * @param peakRss      peak resident set during the ingest, bytes
     * @param rssForPhase  whether {@code peakRss} is for the ingest alone (else since process start)
     */
    record Result(IngestService.Summary summary, long peakHeap, long peakRss, boolean rssForPhase) {
        double passagesPerSecond() {
            return summary.passages() / summary.seconds();
        }

        double relationsPerSecond() {
            return summary.relations() / summary.seconds();
        }
    }

    static Result run(Synergraph app, SyntheticCorpus corpus) {
        Pipeline pipeline = new Pipeline(Segmenter.create(), MentionFinder.of(corpus.gazetteer()),
                RelationReader.load(app.resources()), CuratedAssertions.none());
        IngestService ingest = new IngestService(app.graph(), app.library(), pipeline,
                new GraphWriter(app.graph(), app.library(), new GraphRows(corpus.gazetteer())),
                org.synergraph.corpus.MetadataFinder.load(app.resources()),
                new org.synergraph.ingest.Originals(app.config().dataDir().resolve("originals")));
        System.gc();
        try (MemoryWatch watch = MemoryWatch.start()) {
            IngestService.Summary summary = ingest.ingestAll(corpus.documents(), Progress.none());
            watch.close();
            return new Result(summary, watch.peakHeapBytes(), watch.peakRssBytes(), watch.peakRssIsForPhase());
        }
    }
}
