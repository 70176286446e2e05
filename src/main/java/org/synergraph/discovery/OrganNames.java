package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import org.synergraph.extract.Entity;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.IssuingBody;
import org.synergraph.extract.Mention;

/**
 * The organs a meeting report names by their kind alone ("委员会任命了一个起草委员会", "the Drafting Committee", "主席团"):
 * in a document whose meeting body is known they are that body's organs, named after it (世界粮食安全委员会起草委员会,
 * "Drafting Committee of the Committee on World Food Security") and part of it. The organ word is the discovered
 * entity's short form, so every later bare use in the document is a mention of it. A word that is the end of a
 * longer name (公约起草委员会, "Regional Bureau") is not bare; one a known mention covers (an organ the gazetteer
 * knows, resolved for the issuing body) is left to it.
 */
final class OrganNames {
    /**
     * Characters that may stand right before a bare organ word in Chinese: those a generic word may follow, and
     * verbs of setting up (任命了一个起草委员会).
     */
    private static final String FREE_BEFORE = IssuingBody.FREE_BEFORE + "个了设立任命选举成立";
    private final List<String> words;
    private final Entity body;
    private final boolean english;
    private final List<String> leftStops;

    OrganNames(DiscoveryCatalogue catalogue, Entity body) {
        this.words = catalogue.organWords().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.body = body;
        this.english = "en".equals(catalogue.language());
        this.leftStops = catalogue.leftStops();
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        String bodyName = english ? body.nameEn() : body.nameZh();
        if (bodyName == null || words.isEmpty()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (String word : words) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
                int end = at + word.length();
                if (bound(text, at, end) || covered(mentions, at, end) || covered(out, at, end)) {
                    continue;
                }
                String name = english ? word + " of the " + bodyName : bodyName + word;
                out.add(new Candidate(at, end, name, EntityType.ORGANISATION, "organ", word, body.id(), null, true));
            }
        }
        return out;
    }

    /** Whether the word ends or continues a longer name: a Han letter before it, or a capitalised word around it. */
    private boolean bound(String text, int start, int end) {
        if (!english) {
            return start > 0 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN
                    && FREE_BEFORE.indexOf(text.charAt(start - 1)) < 0;
        }
        if (start > 0 && Character.isLetter(text.charAt(start - 1))
                || end < text.length() && Character.isLetter(text.charAt(end))) {
            return true;
        }
        String before = start >= 2 && text.charAt(start - 1) == ' ' ? previousWord(text, start - 1) : "";
        boolean after = end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
        return after || !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !leftStops.contains(before);
    }

    private static String previousWord(String text, int spaceAt) {
        int i = spaceAt;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, spaceAt);
    }

    private static boolean covered(List<Mention> ms, int start, int end) {
        return ms.stream().anyMatch(x -> x.start() < end && start < x.end());
    }

    private static boolean covered(Iterable<Candidate> cs, int start, int end) {
        for (Candidate c : cs) {
            if (c.start() < end && start < c.end()) {
                return true;
            }
        }
        return false;
    }
}
