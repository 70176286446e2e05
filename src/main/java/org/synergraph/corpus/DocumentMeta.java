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
 */
public record DocumentMeta(String id, String symbol, String titleZh, String titleEn, String body, String meeting,
                           String date, String language, String sourceFile) {

    /** The title to show: English if known, else Chinese, else the id. */
    public String title() {
        if (titleEn != null && !titleEn.isBlank()) {
            return titleEn;
        }
        return titleZh != null && !titleZh.isBlank() ? titleZh : id;
    }
}
