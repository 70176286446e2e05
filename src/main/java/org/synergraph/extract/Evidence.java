package org.synergraph.extract;

/**
 * Where a relation is stated.
 *
 * @param documentId the document
 * @param passageId  the passage ("000#12")
 * @param para       the paragraph label as printed
 * @param quote      the exact words, a substring of the passage text
 * @param start      offset of the quote in the passage text
 * @param end        offset after the quote
 */
public record Evidence(String documentId, String passageId, String para, String quote, int start, int end) {
}
