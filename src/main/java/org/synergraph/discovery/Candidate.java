package org.synergraph.discovery;

import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * A name a construction read in a passage, before it is merged with known and other discovered names.
 *
 * @param start        offset of the name in the passage text
 * @param end          offset after it (after the closing bracket of a 《title》)
 * @param name         the name as written, without title brackets
 * @param type         the type its head word gives
 * @param construction which construction found it (headWord, acronym, title, year, nationalBody)
 * @param acronym      an acronym or short form defined in brackets right after it, or the short form the
 *                     construction itself gives (the quoted words of “X”计划, an organ's bare 起草委员会), or null
 * @param partOf       the country a national body belongs to, or null
 * @param absorbed     the known mention the name begins with ("联合国" of 联合国中央应急反应基金), or null
 * @param anchored     whether the phrase alone looks like a name (a name opener or a place first); an unanchored
 *                     phrase, or one that begins with a known organisation, is a name only with an acronym defined
 */
public record Candidate(int start, int end, String name, EntityType type, String construction, String acronym,
                        String partOf, Mention absorbed, boolean anchored) {

    Candidate withAcronym(String acronym) {
        return new Candidate(start, end, name, type, "acronym", acronym, partOf, absorbed, anchored);
    }

    Candidate withPartOf(String country) {
        return new Candidate(start, end, name, type, "acronym".equals(construction) ? construction : "nationalBody",
                acronym, country, absorbed, anchored);
    }

    /** Whether the candidate is kept: anchored, or defined with an acronym. */
    boolean isName() {
        return acronym != null || anchored;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    int length() {
        return end - start;
    }
}
