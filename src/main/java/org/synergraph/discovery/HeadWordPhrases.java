package org.synergraph.discovery;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * Chinese noun phrases that end in an organisational head word (…委员会, …基金, …伙伴关系). The right edge is the head;
 * the left edge is the first character after a boundary character, a left-stop word (与, 在, 支持, 的 …) or a known
 * name, which the phrase then begins with (联合国 + 中央应急反应基金). A bare head, a generic phrase (各国政府, 该基金),
 * an event or document word, or a run longer than a name can be gives nothing.
 */
final class HeadWordPhrases {
    private final DiscoveryCatalogue catalogue;
    private final KnownNames known;

    HeadWordPhrases(DiscoveryCatalogue catalogue, KnownNames known) {
        this.catalogue = catalogue;
        this.known = known;
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Map.Entry<String, EntityType> head = headAt(text, i);
            if (head == null) {
                continue;
            }
            int headEnd = i + head.getKey().length();
            Candidate c = phraseEndingWith(text, mentions, i, headEnd, head.getValue());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private Map.Entry<String, EntityType> headAt(String text, int at) {
        for (Map.Entry<String, EntityType> h : catalogue.headWords().entrySet()) {
            if (text.startsWith(h.getKey(), at)) {
                return h;
            }
        }
        return null;
    }

    private Candidate phraseEndingWith(String text, List<Mention> mentions, int headStart, int headEnd,
                                       EntityType type) {
        if (headEnd < text.length() && (headAt(text, headEnd) != null || startsWithRefused(text, headEnd))) {
            return null;
        }
        if (mentions.stream().anyMatch(m -> m.start() < headEnd && m.end() > headStart)) {
            return null;
        }
        int left = headStart;
        boolean afterCoordinator = false;
        Mention absorbed = null;
        while (left > 0) {
            Mention before = endingAt(mentions, left);
            if (before != null) {
                absorbed = known.isProperName(before) ? before : null;
                break;
            }
            String stop = catalogue.stopEndingAt(text, left);
            if (stop != null && catalogue.categoryMarkers().contains(stop)) {
                return null;
            }
            if (stop != null) {
                afterCoordinator = catalogue.coordinators().contains(stop);
                break;
            }
            char c = text.charAt(left - 1);
            if (catalogue.isBoundary(c) || !isNameCharacter(c)) {
                break;
            }
            if (headEnd - left >= catalogue.maxLength()) {
                return null;
            }
            left--;
        }
        int modifier = headStart - left;
        if (modifier < catalogue.minModifier() || afterCoordinator && modifier < catalogue.minModifierAfterCoordinator()) {
            return null;
        }
        String own = text.substring(left, headEnd);
        if (catalogue.refuses(own) || catalogue.genericStarts().stream().anyMatch(own::startsWith)) {
            return null;
        }
        int start = absorbed == null ? left : absorbed.start();
        if (headEnd - start > catalogue.maxLength()) {
            return null;
        }
        String opener = catalogue.openerOf(own);
        boolean anchored = absorbed != null ? known.isPlace(absorbed)
                : opener != null && modifier >= opener.length() + catalogue.minModifier();
        return new Candidate(start, headEnd, text.substring(start, headEnd), type, "headWord", null, null, absorbed,
                anchored);
    }

    private boolean startsWithRefused(String text, int at) {
        return catalogue.refusedWords().stream().anyMatch(w -> text.startsWith(w, at));
    }

    private static Mention endingAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.end() == at) {
                return m;
            }
        }
        return null;
    }

    private static boolean isNameCharacter(char c) {
        return UnicodeScript.of(c) == UnicodeScript.HAN || c == '·' || c == '-' || c == '—';
    }
}
