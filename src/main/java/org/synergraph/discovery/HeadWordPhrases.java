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
 * name, which the phrase then begins with (联合国 + 中央应急反应基金); without those, a name opener inside the run
 * (来自全球… → 全球…) marks where the name starts. A bare head, a generic phrase (各国政府, 该基金),
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
        if (startsWithRefusedAfter(text, headEnd) || continuesIntoHead(text, headEnd)) {
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
            if (stop != null && catalogue.coordinators().contains(stop) && insideCompound(text, left - stop.length())) {
                left -= stop.length();
                continue;
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
        if (absorbed == null && catalogue.openerOf(text.substring(left, headStart)) == null) {
            left = firstOpener(text, left, headStart);
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

    /** Whether the coordinator at {@code at} joins the two halves of a fixed phrase names keep whole (粮食和农业). */
    private boolean insideCompound(String text, int at) {
        for (String c : catalogue.compounds()) {
            for (int k = c.indexOf(text.charAt(at)); k >= 0; k = c.indexOf(text.charAt(at), k + 1)) {
                int from = at - k;
                if (from >= 0 && text.startsWith(c, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the first name opener (国际, 全球 …) inside [from, to) starts: a verb no stop list has ends before it. */
    private int firstOpener(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (catalogue.openerOf(text.substring(i, to)) != null) {
                return i;
            }
        }
        return from;
    }

    private boolean startsWithRefusedAfter(String text, int at) {
        return catalogue.refusedAfter().stream().anyMatch(w -> text.startsWith(w, at));
    }

    /** Another head follows (计划 + 署): the name ends there, unless that head is a verb (网络 + 组织了). */
    private boolean continuesIntoHead(String text, int at) {
        Map.Entry<String, EntityType> next = headAt(text, at);
        return next != null && !startsWithRefusedAfter(text, at + next.getKey().length());
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
