package org.synergraph.corpus;

/** Character classes for Chinese text converted from PDF. */
final class Cjk {
    private static final String CLOSING = "）》〉”’」』】〕";
    private static final String OPENING = "（《〈“‘「『【〔";
    private static final String SENTENCE_END = "。！？";
    private static final String CJK_PUNCTUATION = "。，、；：！？…—－·" + CLOSING + OPENING;

    private Cjk() {
    }

    /** A Han ideograph. */
    static boolean isIdeograph(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Full-width punctuation used in Chinese text, brackets and quotes included. */
    static boolean isPunctuation(int cp) {
        return CJK_PUNCTUATION.indexOf(cp) >= 0;
    }

    /** An ideograph or Chinese punctuation. */
    static boolean isCjk(int cp) {
        return isIdeograph(cp) || isPunctuation(cp);
    }

    static boolean isClosing(int cp) {
        return CLOSING.indexOf(cp) >= 0;
    }

    static boolean isOpening(int cp) {
        return OPENING.indexOf(cp) >= 0;
    }

    /** Ends a sentence: 。！？ possibly followed by a closing quote or bracket. */
    static boolean endsSentence(String text) {
        String t = text.strip();
        int i = t.length() - 1;
        while (i > 0 && isClosing(t.charAt(i))) {
            i--;
        }
        return i >= 0 && (SENTENCE_END.indexOf(t.charAt(i)) >= 0 || t.charAt(i) == '.');
    }

    /** Ends a sentence, or ends with a full-width semicolon or colon: the usual end of a printed paragraph. */
    static boolean endsParagraph(String text) {
        String t = text.strip();
        return endsSentence(t) || t.endsWith("；") || t.endsWith("：");
    }

    /** Ends with punctuation that closes a clause or a sentence (Chinese or Latin). */
    static boolean endsClause(String text) {
        String t = text.strip();
        return !t.isEmpty() && "。！？；：，、.;:,!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A private-use code point, which PDF converters emit for bullet glyphs. */
    static boolean isPrivateUse(int cp) {
        return cp >= 0xE000 && cp <= 0xF8FF;
    }

    /** A Latin letter or an ASCII digit. */
    static boolean isLatinOrDigit(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }
}
