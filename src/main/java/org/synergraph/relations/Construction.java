package org.synergraph.relations;

import java.util.List;
import java.util.regex.Pattern;
import org.synergraph.extract.RelationType;

/**
 * One way of saying a relation, from the catalogue: a pattern over a sentence's skeleton with named argument slots,
 * which slot is the subject and which the object, and how sure a reading by it is.
 *
 * @param id         stable name, e.g. "zh.funds.provide-funding-to"
 * @param predicate  the relation it states
 * @param pattern    the compiled pattern over the skeleton
 * @param subject    the subject slot's name, or {@link #SENTENCE_SUBJECT} for the sentence's own subject
 * @param object     the object slot's name; for {@link Pairing#WITHIN} the slot whose first member pairs with the rest
 * @param subjectType what the sentence's own subject may be when {@code subject} is {@link #SENTENCE_SUBJECT}
 *                   (an actor unless the catalogue says "subjectType": "party" or "funder")
 * @param pairing    how slot members become relations
 * @param confidence how sure a reading by this construction is
 * @param unless     words that, inside a match, mean the construction does not apply; null when none
 * @param required   word lists that every match uses (referenced outside any group): a sentence holding no
 *                   word of one of them cannot match, so the construction is not tried on it
 * @param slotNames  the names of the pattern's slots
 * @param slots      how many names a sentence must hold at least for it to match (its required slots)
 * @param example    a sentence that shows it, read by a unit test
 * @param expect     what the example must yield, as "subject PREDICATE object"
 */
public record Construction(String id, RelationType predicate, Pattern pattern, String subject, String object,
                           SlotType subjectType, Pairing pairing, Confidence confidence, Pattern unless,
                           List<String> required, java.util.Set<String> slotNames, int slots, String example,
                           List<String> expect) {

    /** The subject is whoever the sentence (or, failing that, the passage's topic) is about. */
    public static final String SENTENCE_SUBJECT = "@subject";

    /** How the members of the slots become relations. */
    public enum Pairing {
        /** Every subject member with every object member: "A 和 B 资助 C 和 D" gives four. */
        CROSS,
        /** Within one group, the first member with each of the others: "A 与 B、C 合作" gives A–B and A–C. */
        WITHIN
    }
}
