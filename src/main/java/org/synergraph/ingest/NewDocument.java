package org.synergraph.ingest;

import java.util.Locale;
import org.synergraph.corpus.DocumentId;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.problem.Problem;

/**
 * A document a user brings (by upload or the ingest command): checks its fields and gives it an id derived from
 * its text when none is given, so the same text posted twice is the same document.
 */
public record NewDocument(String id, String title, String language, String text, String symbol, String date,
                          String body, String meeting, String sourceFile) {
    static final int MAX_TITLE = 500;

    public SourceDocument toSource() {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("missing_text", "The document has no text.");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw Problem.badRequest("bad_text", "The text contains NUL characters; send plain UTF-8 text.");
        }
        String lang = language == null || language.isBlank() ? guessLanguage(text) : language.strip().toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2}")) {
            throw Problem.badRequest("bad_language", "language must be a two-letter code such as zh or en.");
        }
        String docId = id == null || id.isBlank() ? "doc-" + Pipeline.sha256(text).substring(0, 12) : id.strip();
        DocumentId.check(docId);
        if (title != null && title.length() > MAX_TITLE) {
            throw Problem.badRequest("bad_title", "The title may be at most " + MAX_TITLE + " characters.");
        }
        String t = title == null || title.isBlank() ? null : title.strip();
        DocumentMeta meta = new DocumentMeta(docId, blankToNull(symbol), "zh".equals(lang) ? t : null,
                "zh".equals(lang) ? null : t, blankToNull(body), blankToNull(meeting), blankToNull(date), lang,
                blankToNull(sourceFile));
        return new SourceDocument(meta, text);
    }

    /** "zh" when a fifth or more of the letters are CJK ideographs, otherwise "en". */
    static String guessLanguage(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long cjk = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return letters > 0 && cjk * 5 >= letters ? "zh" : "en";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
