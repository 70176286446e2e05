package org.synergraph.discovery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name defined with its acronym or short form in brackets right after it: "联合国中央应急反应基金（CERF）",
 * "National Forest Institute (INAB)", "全球土壤实验室网络（土壤实验室网络）". An acronym is a Latin word with at least two
 * capitals; a Chinese short form must take its characters, in order, from the name.
 */
final class AcronymDefinitions {
    private static final Pattern DEFINITION = Pattern.compile(
            "\\s?[（(]\\s?([A-Z][A-Za-z0-9&\\-]{1,11}|\\p{IsHan}{2,8})\\s?[）)]");

    private AcronymDefinitions() {
    }

    /** The candidate with the acronym its text defines right after it, or the candidate as it is. */
    static Candidate attach(String text, Candidate c) {
        Matcher m = DEFINITION.matcher(text).region(c.end(), text.length());
        if (!m.lookingAt()) {
            return c;
        }
        String form = m.group(1);
        boolean latin = form.chars().filter(Character::isUpperCase).count() >= 2;
        return latin || isShortFormOf(form, c.name()) ? c.withAcronym(form) : c;
    }

    private static boolean isShortFormOf(String form, String name) {
        if (form.length() >= name.length()) {
            return false;
        }
        int at = 0;
        for (char ch : form.toCharArray()) {
            at = name.indexOf(ch, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
