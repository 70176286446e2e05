package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * English names built on a head word: a run of capitalised words joined by single spaces, with connectors (of, for,
 * and, the …) inside, ending in a capitalised head ("Andean Water Security Fund", "National Forest Institute"),
 * and the head's complement when one follows ("Intergovernmental Panel on Forests", "Committee on Mountain Lakes":
 * a complement opener, then capitalised words and connectors). The run stops at punctuation, a lower-case word, a
 * left stop ("The", "In") or a known name, which it then begins with. A head with a complement needs no modifier;
 * one without needs the catalogue's fewest. "the Committee", "this Programme", "Members of the Fund" and
 * "Regional Workshop" give nothing.
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
        int[] complement = complement(text, headEnd, mentions);
        int end = complement == null ? headEnd : complement[1];
        int start;
        if (complement == null ? acceptable(modifier) : acceptableBeforeComplement(modifier)) {
            start = absorbed != null ? absorbed.start() : words.get(0)[0];
        } else if (complement != null && absorbed == null && complement[3] > 0) {
            start = headStart;
            modifier = List.of();
        } else {
            return null;
        }
        String name = text.substring(start, end);
        int wordCount = modifier.size() + 1 + (complement == null ? 0 : complement[2]);
        if (name.length() > catalogue.maxLength() || wordCount > catalogue.maxWords()
                || catalogue.blocked().contains(name)) {
            return null;
        }
        return new Candidate(start, end, name, type, "headWord", null, null, absorbed,
                absorbed == null || known.isPlace(absorbed));
    }

    /**
     * The head's complement: a complement opener, then capitalised words and connectors up to the last capitalised
     * word. A known name right after the opener gives no complement, one later ends it (a known name is never
     * taken into a longer one: "Secretariat of the CBD" is no name, "Panel on Forests and FAO" ends at Forests);
     * another head word begins another name ("Panel of Experts and the Board of Trustees"). Returns {start, end, words,
     * content words that are not generic ("Panel of Experts" has none)} or null when none follows.
     */
    private int[] complement(String text, int headEnd, List<Mention> mentions) {
        for (String opener : catalogue.complementOpeners()) {
            String lead = " " + opener + " ";
            if (!text.startsWith(lead, headEnd)) {
                continue;
            }
            int at = headEnd + lead.length();
            int end = -1;
            int words = 1;
            int counted = 1;
            int specific = 0;
            while (at < text.length()) {
                if (overlapping(mentions, at, at + 1) != null) {
                    if (end < 0) {
                        return null;
                    }
                    break;
                }
                int[] w = wordStartingAt(text, at);
                if (w == null) {
                    break;
                }
                String word = text.substring(w[0], w[1]);
                boolean connector = catalogue.connectors().contains(word);
                if (!connector && !Character.isUpperCase(word.charAt(0))) {
                    break;
                }
                if (catalogue.refusedWords().contains(word)) {
                    return null;
                }
                if (catalogue.headWords().containsKey(word)) {
                    break;
                }
                words++;
                if (!connector) {
                    end = w[1];
                    counted = words;
                    specific += catalogue.genericWords().contains(word) ? 0 : 1;
                }
                if (w[1] + 1 >= text.length() || text.charAt(w[1]) != ' ') {
                    break;
                }
                at = w[1] + 1;
            }
            return end < 0 ? null : new int[] {headEnd + 1, end, counted, specific};
        }
        return null;
    }

    private static int[] wordStartingAt(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end > start && ",.;:)]".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        Matcher w = WORD.matcher(text.substring(start, end));
        return start < end && w.matches() ? new int[] {start, end} : null;
    }

    /** Before a head with a complement any modifier will do ("Regional Office for Africa"), or none at all. */
    private boolean acceptableBeforeComplement(List<String> modifier) {
        return !modifier.isEmpty() && !modifier.get(modifier.size() - 1).equals("the")
                && modifier.stream().noneMatch(catalogue.refusedWords()::contains);
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
