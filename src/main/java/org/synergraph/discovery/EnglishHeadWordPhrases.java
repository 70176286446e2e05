package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * English names that end in a head word ("Andean Water Security Fund", "National Forest Institute"): a run of
 * capitalised words joined by single spaces, with connectors (of, for, and, the …) inside, ending in a capitalised
 * head. The run stops at punctuation, a lower-case word, a left stop ("The", "In") or a known name, which it then
 * begins with. "the Committee", "this Programme", "Members of the Fund" and "Regional Workshop" give nothing.
 */
final class EnglishHeadWordPhrases {
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’\\-]*|&");
    private final DiscoveryCatalogue catalogue;
    private final KnownNames known;
    private final Pattern heads;

    EnglishHeadWordPhrases(DiscoveryCatalogue catalogue, KnownNames known) {
        this.catalogue = catalogue;
        this.known = known;
        this.heads = Pattern.compile("\\b(?:" + catalogue.headWords().keySet().stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\b");
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = heads.matcher(text);
        while (m.find()) {
            Candidate c = phraseEndingWith(text, mentions, m.start(), m.end(), catalogue.headWords().get(m.group()));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Candidate phraseEndingWith(String text, List<Mention> mentions, int headStart, int headEnd,
                                       EntityType type) {
        if (continues(text, headEnd) || mentions.stream().anyMatch(x -> x.start() < headEnd && x.end() > headStart)) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        int left = headStart;
        Mention absorbed = null;
        while (left >= 2 && text.charAt(left - 1) == ' ' && text.charAt(left - 2) != ' ') {
            int[] w = wordEndingAt(text, left - 1);
            if (w == null) {
                break;
            }
            Mention inside = overlapping(mentions, w[0], w[1]);
            if (inside != null) {
                absorbed = known.isProperName(inside) && inside.end() == left - 1 ? inside : null;
                break;
            }
            String word = text.substring(w[0], w[1]);
            boolean connector = catalogue.connectors().contains(word);
            if (!connector && (!Character.isUpperCase(word.charAt(0)) || catalogue.leftStops().contains(word)
                    || word.endsWith("'s") || word.endsWith("’s"))) {
                break;
            }
            words.add(0, w);
            left = w[0];
        }
        while (!words.isEmpty() && catalogue.connectors().contains(text.substring(words.get(0)[0], words.get(0)[1]))) {
            words.remove(0);
        }
        if (absorbed != null && words.size() < catalogue.minModifier()) {
            absorbed = null;
        }
        List<String> modifier = words.stream().map(w -> text.substring(w[0], w[1])).toList();
        if (!acceptable(modifier)) {
            return null;
        }
        int start = absorbed != null ? absorbed.start() : words.get(0)[0];
        String name = text.substring(start, headEnd);
        if (name.length() > catalogue.maxLength() || modifier.size() + 1 > catalogue.maxWords()
                || catalogue.blocked().contains(name)) {
            return null;
        }
        return new Candidate(start, headEnd, name, type, "headWord", null, null, absorbed,
                absorbed == null || known.isPlace(absorbed));
    }

    private boolean acceptable(List<String> modifier) {
        List<String> content = modifier.stream().filter(w -> !catalogue.connectors().contains(w)).toList();
        if (content.size() < catalogue.minModifier() || modifier.get(modifier.size() - 1).equals("the")) {
            return false;
        }
        if (content.stream().allMatch(catalogue.genericWords()::contains)) {
            return false;
        }
        return modifier.stream().noneMatch(catalogue.refusedWords()::contains);
    }

    /** The head is followed by another capitalised word ("Fund Secretariat", "Committee Meeting"): not the end. */
    private static boolean continues(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private static int[] wordEndingAt(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        Matcher w = WORD.matcher(text.substring(start, end));
        return start < end && w.matches() ? new int[] {start, end} : null;
    }

    private static Mention overlapping(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && m.end() > start) {
                return m;
            }
        }
        return null;
    }
}
