package org.synergraph.extract;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie.IHit;
import org.synergraph.corpus.Passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the gazetteer's entities in text with two Aho-Corasick automata, one exact and one over lower case;
 * built once, safe to share between threads.
 */
public final class MentionFinder {
    private final AhoCorasickDoubleArrayTrie<Integer> exact;
    private final AhoCorasickDoubleArrayTrie<Integer> folded;
    private final String[] entityIds;
    private final int[] lengths;
    private final boolean[] latinStart;
    private final boolean[] latinEnd;
    private final Gazetteer gazetteer;

    private MentionFinder(List<SurfaceForm> forms, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        if (forms.size() >= 1 << Hits.FORM_BITS) {
            throw new IllegalStateException("too many surface forms: " + forms.size());
        }
        entityIds = new String[forms.size()];
        lengths = new int[forms.size()];
        latinStart = new boolean[forms.size()];
        latinEnd = new boolean[forms.size()];
        Map<String, Integer> exactKeys = new TreeMap<>();
        Map<String, Integer> foldedKeys = new TreeMap<>();
        for (int i = 0; i < forms.size(); i++) {
            SurfaceForm form = forms.get(i);
            String text = form.text();
            entityIds[i] = form.entityId();
            lengths[i] = text.length();
            latinStart[i] = SurfaceForm.isLatinLetterOrDigit(text.charAt(0));
            latinEnd[i] = SurfaceForm.isLatinLetterOrDigit(text.charAt(text.length() - 1));
            (form.caseInsensitive() ? foldedKeys : exactKeys).put(form.key(), i);
        }
        exact = automaton(exactKeys);
        folded = automaton(foldedKeys);
    }

    /** Builds the automata for every surface form of the gazetteer. */
    public static MentionFinder of(Gazetteer gazetteer) {
        return new MentionFinder(gazetteer.surfaceForms(), gazetteer);
    }

    private static AhoCorasickDoubleArrayTrie<Integer> automaton(Map<String, Integer> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(keys);
        return trie;
    }

    public List<Mention> find(Passage passage) {
        return find(passage.text());
    }

    /** The mentions of a passage, with its document's generic words (秘书处, 《公约》) resolved under its issuing body. */
    public List<Mention> find(Passage passage, IssuingBody home) {
        return home.complete(passage.text(), find(passage.text()));
    }

    /** The issuing body a document's metadata names ("UNCCD Conference of the Parties (COP)"). */
    public IssuingBody issuingBody(String body) {
        return IssuingBody.of(body, this, gazetteer);
    }

    /** The mentions in a text, in text order, with char offsets into it; blockers and shorter overlaps removed. */
    public List<Mention> find(String text) {
        if (text.length() >= 1 << Hits.START_BITS) {
            throw new IllegalArgumentException("text of " + text.length() + " chars is too long; split it first");
        }
        Hits hits = new Hits();
        IHit<Integer> keep = (begin, end, form) -> keepIfBounded(text, begin, end, form, hits);
        if (exact != null) {
            exact.parseText(text, keep);
        }
        if (folded != null) {
            folded.parseText(lowerCase(text), keep);
        }
        int kept = hits.choose(text.length());
        List<Mention> mentions = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            long key = hits.key(i);
            int form = Hits.form(key);
            if (entityIds[form] != null) {
                int start = Hits.start(key);
                int end = start + lengths[form];
                mentions.add(new Mention(entityIds[form], start, end, text.substring(start, end)));
            }
        }
        return mentions;
    }

    /**
     * A Latin edge of a form must not touch a Latin letter or digit: "GEF" is not in "GEFSEC", but is in "向GEF"; nor
     * a dash that joins it to another capital: "CFS" is not in "IC-CFS" (one code), but "FAO" is in "FAO-led".
     */
    private void keepIfBounded(String text, int begin, int end, int form, Hits hits) {
        if (latinStart[form] && begin > 0 && (SurfaceForm.isLatinLetterOrDigit(text.charAt(begin - 1))
                || begin > 1 && text.charAt(begin - 1) == '-' && isCapital(text.charAt(begin - 2)))) {
            return;
        }
        if (latinEnd[form] && end < text.length() && (SurfaceForm.isLatinLetterOrDigit(text.charAt(end))
                || end + 1 < text.length() && text.charAt(end) == '-' && isCapital(text.charAt(end + 1)))) {
            return;
        }
        hits.add(begin, end, form);
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static char[] lowerCase(String text) {
        char[] lower = new char[text.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(text.charAt(i));
        }
        return lower;
    }

    /** The names this finder looks for. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
