package org.synergraph.corpus;

/** A document as it arrives: its metadata and its raw text, PDF damage and all. */
public record SourceDocument(DocumentMeta meta, String rawText) {
}
