package org.synergraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts passage text into sentences and clauses, as half-open [start, end) offsets into the text. */
public final class Spans {
    private static final String SENTENCE_ENDS = "。；;！？!?";
    private static final String CLAUSE_ENDS = "，,：:";

    private Spans() {
    }

    /** A stretch of text. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** Sentences end at 。；！？ (and their Latin forms) and at an English full stop followed by a space. */
    public static List<Span> sentences(String text) {
        return split(text, 0, text.length(), SENTENCE_ENDS, true);
    }

    /** Clauses of a span: cut further at commas and colons, outside brackets. */
    public static List<Span> clauses(String text, Span sentence) {
        return split(text, sentence.start(), sentence.end(), CLAUSE_ENDS + SENTENCE_ENDS, false);
    }

    private static List<Span> split(String text, int from, int to, String ends, boolean englishStops) {
        List<Span> out = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            boolean cut = depth == 0 && (ends.indexOf(c) >= 0 || englishStops && (isEnglishStop(text, i)
                    || isChineseStop(text, i)));
            if (cut) {
                add(out, text, start, i);
                start = i + 1;
            }
        }
        add(out, text, start, to);
        return out;
    }

    /** A full stop or semicolon in ASCII right after a Chinese character, as web pages often print them. */
    private static boolean isChineseStop(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ';') && i > 0 && Character.UnicodeScript.of(text.charAt(i - 1))
                == Character.UnicodeScript.HAN && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)));
    }

    /**
     * "…Sweden. RECSOIL", "…(UNCCD). It", "…in 2020. The" and "…drought. “This" end a sentence; "e.g. the", "2.5",
     * "Mr. Smith" and "No. 5" do not.
     */
    private static boolean isEnglishStop(String text, int i) {
        if (text.charAt(i) != '.' || i + 2 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int n = i + 1;
        while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
            n++;
        }
        if (n >= text.length()) {
            return false;
        }
        char next = text.charAt(n);
        if (!(Character.isUpperCase(next) || next == '"' || next == '“' || next == '‘')) {
            return false;
        }
        char before = i >= 1 ? text.charAt(i - 1) : ' ';
        if (before == ')' || before == '）' || before == '"' || before == '”' || before == '’' || before == ']') {
            return true;
        }
        if (Character.isDigit(before)) {
            return i >= 2 && !Character.isLetter(text.charAt(i - 2)) && text.charAt(i - 2) != '.';
        }
        if (!(i >= 2 && Character.isLetter(before) && Character.isLetter(text.charAt(i - 2)))) {
            return false;
        }
        int w = i - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return !ABBREVIATIONS.contains(text.substring(w, i));
    }

    /** Words that end with a full stop inside a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Prof",
            "No", "Nos", "St", "Jr", "Sr", "vs", "para", "paras", "art", "Art", "Vol", "vol", "Rev", "Corr", "Add",
            "approx", "Fig", "fig", "Ref", "ref", "Inc", "Co", "Ltd", "Gen", "Hon", "Amb");

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
