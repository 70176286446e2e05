package org.synergraph.corpus;

/**
 * A piece of a document a reader recognises, with clean text.
 *
 * @param documentId  the document it belongs to
 * @param ordinal     position in the document, from 0
 * @param label       the label as printed: "5", "a", "footnote 3", "summary", "annex" …
 * @param kind        what part of the document it is
 * @param text        clean text: PDF line breaks, spaced-out characters, bullet glyphs and URLs removed
 * @param parentLabel for a footnote, the label of the paragraph that cites it, when known; otherwise null
 * @param page        the page it starts on, from 1, for a paginated source (a PDF); otherwise null
 */
public record Passage(String documentId, int ordinal, String label, PassageKind kind, String text,
                      String parentLabel, Integer page) {

    /** A passage of a source without pages. */
    public Passage(String documentId, int ordinal, String label, PassageKind kind, String text, String parentLabel) {
        this(documentId, ordinal, label, kind, text, parentLabel, null);
    }

    public String id() {
        return documentId + "#" + ordinal;
    }
}
