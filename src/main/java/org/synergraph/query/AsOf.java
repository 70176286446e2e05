package org.synergraph.query;

/**
 * The date a question is answered as of: only evidence from documents dated on or before {@code until} counts.
 *
 * @param asked what the caller asked for, as written (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param until the last day that counts (ISO), the end of the period asked for, or today when that is later
 * @param note  what was done with the date when it was not taken as asked (a future date is answered as of today)
 */
public record AsOf(String asked, String until, String note) {

    /** The Cypher parameter: the last day that counts, or null when every document counts. */
    static String until(AsOf asOf) {
        return asOf == null ? null : asOf.until();
    }
}
