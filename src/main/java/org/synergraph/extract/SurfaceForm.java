package org.synergraph.extract;

import java.lang.Character.UnicodeScript;

/**
 * One string the mention finder looks for, with the entity it means (null for a blocker) and how it must match.
 *
 * @param text            the form as written in the gazetteer
 * @param entityId        the entity it names, or null when it is a blocker that names nothing
 * @param caseInsensitive true for multi-word Latin names, matched against a lower-cased copy of the text
 */
public record SurfaceForm(String text, String entityId, boolean caseInsensitive) {

    /** Longest form the finder accepts; hits are packed with their length in 15 bits. */
    static final int MAX_LENGTH = 0x7FFF;

    public SurfaceForm {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalStateException("surface form of " + entityId + " has length " + text.length()
                    + " (1.." + MAX_LENGTH + "): '" + text + "'");
        }
    }

    /** A form that names an entity; Latin forms with a space match case-insensitively, all others exactly. */
    public static SurfaceForm naming(String text, String entityId) {
        return new SurfaceForm(text, entityId, isLatin(text) && text.chars().anyMatch(Character::isWhitespace));
    }

    /** A phrase that contains a name but means something else, such as 发展中国家. */
    public static SurfaceForm blocker(String text) {
        return new SurfaceForm(text, null, isLatin(text) && text.chars().anyMatch(Character::isWhitespace));
    }

    public boolean isBlocker() {
        return entityId == null;
    }

    /** The string the automaton holds: the text itself, or its per-character lower-case form. */
    public String key() {
        return caseInsensitive ? lowerCase(text) : text;
    }

    /** Lower-cases char by char, so offsets in the result are offsets in the input. */
    static String lowerCase(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }

    /** Whether a Latin-script letter or a digit; such characters must not touch a Latin form's edge. */
    static boolean isLatinLetterOrDigit(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isDigit(c) || (Character.isLetter(c) && UnicodeScript.of(c) == UnicodeScript.LATIN);
    }

    /** Whether every letter in the text is Latin and there is at least one. */
    static boolean isLatin(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (UnicodeScript.of(c) != UnicodeScript.LATIN) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }
}
