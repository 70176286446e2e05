package org.synergraph.ingest;

import java.util.Locale;
import org.synergraph.corpus.DocumentDate;
import org.synergraph.corpus.DocumentId;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.MetadataFinder;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.problem.Problem;

/**
 * A document a user brings (by upload or the ingest command): checks its fields, fills those it lacks from what
 * the text prints about itself, and gives it an id derived from its text when none is given, so the same text
 * posted twice is the same document.
 */
public record NewDocument(String id, String title, String language, String text, String symbol, String date,
                          String body, String meeting, String sourceFile) {
    static final int MAX_TITLE = 500;

    /** A checked document with the metadata its text prints about itself. */
    public record Arrival(SourceDocument source, MetadataFinder.Detected detected) {
    }

    /**
     * Checks the fields and makes the document, taking the language, symbol, date and issuing body that the text
     * prints about itself (found by {@code finder}) where the fields give none.
     */
    public Arrival toSource(MetadataFinder finder) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("missing_text", "The document has no text.");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw Problem.badRequest("bad_text", "The text contains NUL characters; send plain UTF-8 text.");
        }
        MetadataFinder.Detected found = finder.find(text);
        String lang = language == null || language.isBlank() ? found.language() : language.strip().toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2}")) {
            throw Problem.badRequest("bad_language", "language must be a two-letter code such as zh or en.");
        }
        String docId = id == null || id.isBlank() ? "doc-" + Pipeline.sha256(text).substring(0, 12) : id.strip();
        DocumentId.check(docId);
        if (title != null && title.length() > MAX_TITLE) {
            throw Problem.badRequest("bad_title", "The title may be at most " + MAX_TITLE + " characters.");
        }
        String t = title == null || title.isBlank() ? null : title.strip();
        String givenDate = blankToNull(date);
        if (givenDate != null) {
            try {
                givenDate = DocumentDate.parse(givenDate).text();
            } catch (DocumentDate.Malformed e) {
                throw Problem.badRequest("bad_date", "date: " + e.getMessage());
            }
        }
        DocumentMeta meta = new DocumentMeta(docId, or(symbol, found.symbol()), "zh".equals(lang) ? t : null,
                "zh".equals(lang) ? null : t, or(body, found.body()), blankToNull(meeting),
                givenDate != null ? givenDate : found.date(), lang, blankToNull(sourceFile),
                givenDate != null ? DocumentMeta.GIVEN : "detected");
        return new Arrival(new SourceDocument(meta, text), found);
    }

    private static String or(String given, String found) {
        String g = blankToNull(given);
        return g != null ? g : found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
