package org.synergraph.query;

import java.text.Normalizer;

/**
 * Text as the name index compares it: NFKC (so full-width Ｆ and ﬁ read as F and fi), lower-cased, without spaces,
 * punctuation or invisible characters, so "Soil-Doctors", "soil doctors" and 《土壤医生》 compare as one word each.
 */
final class FoldedText {
    private FoldedText() {
    }

    /** The folded form of {@code text}; "" for null. */
    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().filter(cp -> !dropped(cp)).map(Character::toLowerCase).forEach(out::appendCodePoint);
        String folded = out.toString();
        return folded.equals(text) ? text : folded; // the index keeps one copy of names that need no folding
    }

    private static boolean dropped(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.CONTROL, Character.FORMAT -> true;
            default -> false;
        };
    }
}
