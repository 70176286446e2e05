package org.synergraph.ingest;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synergraph.corpus.DocumentId;
import org.synergraph.corpus.MetadataFinder;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.graph.CypherLibrary;
import org.synergraph.graph.Graph;
import org.synergraph.problem.Problem;

/**
 * Reads documents into the graph: extracts each one, and writes it (in one transaction) only when what the
 * pipeline makes of it differs from what the graph holds, so repeating an ingest changes nothing.
 */
public final class IngestService {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private final Graph graph;
    private final Pipeline pipeline;
    private final GraphWriter writer;
    private final String fingerprintQuery;
    private final MetadataFinder metadata;
    private final Originals originals;
    private final String markOriginal;

    public IngestService(Graph graph, CypherLibrary library, Pipeline pipeline, GraphWriter writer,
                         MetadataFinder metadata, Originals originals) {
        this.graph = graph;
        this.metadata = metadata;
        this.originals = originals;
        this.markOriginal = library.get("write_document_original");
        this.pipeline = pipeline;
        this.writer = writer;
        this.fingerprintQuery = library.get("document_fingerprint");
    }

    /**
     * What happened to one document; {@code newEntities} counts the entities it brought into the graph,
     * {@code detected} is what its text printed about itself (null for the bundled corpus, whose manifest says it).
     */
    public record Outcome(String documentId, boolean changed, int passages, int mentions, int relations,
                          int evidence, int newEntities, MetadataFinder.Detected detected) {

        /** "written as ID: 12 passages, …" or "unchanged (ID)", for progress lines. */
        public String line() {
            return changed ? String.format("written as %s: %d passages, %d mentions, %d relations, %d new entities",
                    documentId, passages, mentions, relations, newEntities) : "unchanged (" + documentId + ")";
        }
    }

    /** Totals of a batch of documents. */
    public record Summary(int documents, int changed, int passages, int mentions, int relations, double seconds) {
        public String line() {
            return String.format("%d documents (%d written), %d passages, %d mentions, %d relations, %.1f s",
                    documents, changed, passages, mentions, relations, seconds);
        }
    }

    /** What removing a document took out of the graph: its passages, the relations it alone stated, and the
     * entities nothing refers to any more. */
    public record Removal(String documentId, int passages, int relations, int entities) {
    }

    /**
     * Removes a document and everything only it put in the graph, in one transaction; other documents' evidence
     * and curated assertions stay. An unknown id is a 404 problem and changes nothing.
     */
    public Removal remove(String documentId) {
        DocumentId.check(documentId);
        if (graph.read(fingerprintQuery, Map.of("id", documentId), r -> r.get("extractionHash")).isEmpty()) {
            throw unknown(documentId);
        }
        GraphWriter.RemoveSummary s = writer.remove(documentId);
        if (!s.found()) {
            throw unknown(documentId);
        }
        originals.remove(documentId);
        LOG.info("removed document {}: {} passages, {} relations, {} entities", documentId, s.passages(),
                s.relations(), s.entities());
        return new Removal(documentId, s.passages(), s.relations(), s.entities());
    }

    private static Problem unknown(String documentId) {
        return Problem.notFound("unknown_document", "No document has the id '" + documentId + "'.");
    }

    /** Checks a document a user brings and fills what its fields lack from what its text says about itself. */
    public NewDocument.Arrival arrive(NewDocument doc) {
        return doc.toSource(metadata);
    }

    /**
     * A document extracted and fingerprinted, with what its text printed about itself (null for the bundled
     * corpus): the part of an ingest that needs no graph and may run on any thread.
     */
    public record Prepared(DocumentExtraction extraction, String hash, MetadataFinder.Detected detected) {
    }

    /** Checks and extracts a document a user brings; a bad document is a 400-kind problem. */
    public Prepared prepare(NewDocument doc) {
        NewDocument.Arrival arrival = arrive(doc);
        return prepare(arrival.source(), arrival.detected());
    }

    private Prepared prepare(SourceDocument doc, MetadataFinder.Detected detected) {
        DocumentExtraction extraction = pipeline.extract(doc);
        return new Prepared(extraction, ExtractionHash.of(extraction), detected);
    }

    /**
     * Writes a prepared document in its own transaction unless the graph holds that extraction already. A changed
     * document no longer has the original file kept for an earlier version (an upload keeps its own afterwards).
     */
    public Outcome write(Prepared prepared) {
        DocumentExtraction extraction = prepared.extraction();
        String id = extraction.meta().id();
        List<String> stored = graph.read(fingerprintQuery, Map.of("id", id),
                r -> r.get("extractionHash").asString(null));
        if (!stored.isEmpty() && prepared.hash().equals(stored.get(0))) {
            return new Outcome(id, false, extraction.passages().size(), extraction.mentionCount(),
                    (int) extraction.relations().stream().map(r -> r.key()).distinct().count(),
                    extraction.relations().size(), 0, prepared.detected());
        }
        GraphWriter.WriteSummary s = writer.write(extraction, prepared.hash());
        originals.remove(id);
        return new Outcome(id, true, s.passages(), s.mentions(), s.relations(), s.evidence(), s.newEntities(),
                prepared.detected());
    }

    /** Ingests a document a user brings, answering with what its text printed about itself. */
    public Outcome ingest(NewDocument doc) {
        return write(prepare(doc));
    }

    /** Ingests an uploaded file's document and keeps the file as it came, for download. */
    public Outcome ingestUpload(NewDocument doc, byte[] original) {
        Outcome o = ingest(doc);
        if (o.changed() || originals.find(o.documentId()).isEmpty()) {
            originals.save(o.documentId(), original);
            graph.write(tx -> tx.run(markOriginal, Map.of("documentId", o.documentId(), "fileName",
                    doc.sourceFile())).consume());
        }
        return o;
    }

    /** The kept original file of a document; a 404 problem when there is none. */
    public java.nio.file.Path original(String documentId) {
        return originals.find(DocumentId.check(documentId)).orElseThrow(() -> Problem.notFound("no_original",
                "No original file is kept for document '" + documentId + "': only uploaded files are kept."));
    }

    /** Ingests one document; unchanged documents are left alone. */
    public Outcome ingest(SourceDocument doc) {
        return write(prepare(doc, null));
    }

    /** Ingests many documents, one transaction each, reporting progress as it goes. */
    public Summary ingestAll(List<SourceDocument> docs, Progress progress) {
        Totals totals = new Totals();
        progress.start(docs.size(), docs.stream().mapToLong(IngestService::bytes).sum());
        for (SourceDocument doc : docs) {
            Outcome o = ingest(doc);
            totals.add(o);
            progress.step(doc.meta().sourceFile() == null ? o.documentId() : doc.meta().sourceFile(), bytes(doc),
                    o.line());
        }
        progress.finish();
        Summary summary = totals.summary();
        LOG.info("ingest: {}", summary.line());
        return summary;
    }

    private static long bytes(SourceDocument doc) {
        return doc.rawText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Adds up outcomes into a {@link Summary}, timed from its creation. */
    public static final class Totals {
        private final long started = System.nanoTime();
        private int documents;
        private int changed;
        private int passages;
        private int mentions;
        private int relations;

        public void add(Outcome o) {
            documents++;
            changed += o.changed() ? 1 : 0;
            passages += o.passages();
            mentions += o.mentions();
            relations += o.relations();
        }

        public Summary summary() {
            return new Summary(documents, changed, passages, mentions, relations, (System.nanoTime() - started) / 1e9);
        }
    }
}
