package org.synergraph.ingest;

/**
 * A fingerprint of everything the pipeline made of a document (metadata, passages, mentions, relations). When the
 * text, the gazetteer, the rules or the curated assertions change what is extracted, the fingerprint changes.
 */
final class ExtractionHash {
    /** Raise when what GraphWriter stores for the same extraction changes, so existing graphs are rewritten. */
    static final int WRITER_VERSION = 5;

    private ExtractionHash() {
    }

    static String of(DocumentExtraction e) {
        StringBuilder canonical = new StringBuilder(1 << 16);
        canonical.append("writer ").append(WRITER_VERSION).append('\n');
        canonical.append(e.meta()).append('\n').append(e.contentHash()).append('\n');
        e.passages().forEach(p -> canonical.append(p).append('\n'));
        e.mentions().forEach((k, v) -> canonical.append(k).append(v).append('\n'));
        e.relations().forEach(r -> canonical.append(r).append('\n'));
        e.discovered().forEach(d -> canonical.append(d).append('\n'));
        return Pipeline.sha256(canonical.toString());
    }
}
