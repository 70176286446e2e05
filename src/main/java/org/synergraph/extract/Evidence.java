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
 * @param reading    the construction that read it ("zh.funds.funded-by"), or null when no construction did
 */
public record Evidence(String documentId, String passageId, String para, String quote, int start, int end,
                       String reading) {

    /** Evidence whose reading is not a construction (a curated assertion). */
    public Evidence(String documentId, String passageId, String para, String quote, int start, int end) {
        this(documentId, passageId, para, quote, start, end, null);
    }
}
