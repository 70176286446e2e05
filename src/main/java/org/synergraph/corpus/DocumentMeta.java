package org.synergraph.corpus;

/**
 * What we know about a source document besides its text.
 *
 * @param id         stable id, e.g. "000"
 * @param symbol     UN document symbol as printed (e.g. "ICCD/COP(17)/6"), or null
 * @param titleZh    title in Chinese, or null
 * @param titleEn    title in English, or null
 * @param body       issuing body, e.g. "FAO Committee on Agriculture (COAG)"
 * @param meeting    meeting or session, e.g. "29th session"
 * @param date       ISO date or year as printed or inferred
 * @param language   ISO 639-1 code of the text ("zh", "en")
 * @param sourceFile file name the text came from
 * @param dateSource where the date comes from: "manifest", "given" (by whoever brought the document), "detected"
 *                   (printed in its text) or "undated" (no date known, and {@code date} is null)
 */
public record DocumentMeta(String id, String symbol, String titleZh, String titleEn, String body, String meeting,
                           String date, String language, String sourceFile, String dateSource) {
    /** Where a date with no stated source comes from. */
    public static final String GIVEN = "given";
    /** The date source of a document without a date. */
    public static final String UNDATED = "undated";

    /** A document without a date is explicitly undated. */
    public DocumentMeta {
        date = date == null || date.isBlank() ? null : date.strip();
        dateSource = date == null ? UNDATED : dateSource == null ? GIVEN : dateSource;
    }

    /** Metadata whose date, if any, was given by whoever brought the document. */
    public DocumentMeta(String id, String symbol, String titleZh, String titleEn, String body, String meeting,
                        String date, String language, String sourceFile) {
        this(id, symbol, titleZh, titleEn, body, meeting, date, language, sourceFile, GIVEN);
    }

    /** The document's date as a period, or empty when it is undated. */
    public java.util.Optional<DocumentDate> period() {
        return DocumentDate.lenient(date);
    }

    /** The title to show: English if known, else Chinese, else the id. */
    public String title() {
        if (titleEn != null && !titleEn.isBlank()) {
            return titleEn;
        }
        return titleZh != null && !titleZh.isBlank() ? titleZh : id;
    }
}
