package org.synergraph.bench;

import java.util.regex.Pattern;

/**
 * Turns what a person typed into a safe Lucene query for the cjk full-text analyzer, as search did before the name
 * index (the benchmark's database search, cypher/bench/search.cypher).
 */
final class LuceneText {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+\\-]*");
    private static final Pattern SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

    private LuceneText() {
    }

    /**
     * The text as one quoted phrase (so 土壤医生 matches those four characters in a row, not any two of them),
     * plus a prefix query when it is a single Latin word, so "flegt" and "fleg" both find FLEGT.
     */
    static String phraseOrPrefix(String text) {
        String clean = SPECIAL.matcher(text).replaceAll(" ").strip();
        String phrase = "\"" + clean + "\"";
        if (LATIN_WORD.matcher(clean).matches()) {
            return phrase + " OR " + clean.toLowerCase(java.util.Locale.ROOT) + "*";
        }
        return phrase;
    }

    /** Whether the analyzer will find any term in the text (not only punctuation or a single CJK character). */
    static boolean hasTerms(String text) {
        String clean = SPECIAL.matcher(text).replaceAll(" ").strip();
        return clean.codePointCount(0, clean.length()) >= 2;
    }
}
