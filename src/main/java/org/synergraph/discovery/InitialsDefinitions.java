package org.synergraph.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * English names defined by their initials, whatever their last word: "Accelerated Capacity-Development Plan
 * (ACDP)", "Forest Landscape Restoration Mechanism (FLRM)". The acronym in brackets must spell the initials of the
 * capitalised words before it (connectors skipped, hyphenated words giving one or two letters), which is what
 * makes a run of capitals a name rather than a heading. The last word gives the type when it is a head word or an
 * initiative word of the catalogue; otherwise the name is an organisation. And a code name before a lower-case
 * programme word, "the PREFOREST project", is an initiative named by the code.
 */
final class InitialsDefinitions {
    private static final Pattern DEFINED = Pattern.compile(
            "((?:[A-Z][A-Za-z'’]*(?:-[A-Za-z][a-z'’]*)*,?\\s+(?:(?:of|for|and|on|the|in|to|de|&)\\s+)*){1,9})"
                    + "\\(([A-Z][A-Za-z]{1,9})\\)");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)of|for|and|on|the|in|to|de|&");
    private final DiscoveryCatalogue catalogue;
    private final Pattern codeNamed;

    InitialsDefinitions(DiscoveryCatalogue catalogue) {
        this.catalogue = catalogue;
        List<String> nouns = catalogue.codeNameNouns();
        this.codeNamed = nouns.isEmpty() ? null : Pattern.compile("\\b([A-Z][A-Z0-9-]{3,15})\\s*(?:"
                + String.join("|", nouns.stream().map(Pattern::quote).toList()) + ")(?![A-Za-z])");
    }

    List<Candidate> find(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            Candidate c = defined(text, m, mentions);
            if (c != null) {
                out.add(c);
            }
        }
        out.addAll(codeNames(text, mentions));
        return out;
    }

    /** Code names before a programme word: "the PREFOREST project", "PREFOREST 项目". */
    List<Candidate> codeNames(String text, List<Mention> mentions) {
        List<Candidate> out = new ArrayList<>();
        if (codeNamed != null) {
            Matcher code = codeNamed.matcher(text);
            while (code.find()) {
                int s = code.start(1);
                int e = code.end(1);
                if (mentions.stream().noneMatch(x -> x.start() < e && x.end() > s)
                        && !catalogue.genericWords().contains(code.group(1))
                        && !catalogue.blocked().contains(code.group(1)) && !isMeetingCode(code.group(1))) {
                    out.add(new Candidate(s, e, code.group(1), EntityType.INITIATIVE, "codeName", null, null, null,
                            true));
                }
            }
        }
        return out;
    }

    /** "COP31", "SBSTTA-26": a meeting's code is no programme's name. */
    private boolean isMeetingCode(String code) {
        return catalogue.meetingCodes().stream().anyMatch(p -> code.matches(Pattern.quote(p) + "[-\\d]*"));
    }

    private Candidate defined(String text, Matcher m, List<Mention> mentions) {
        String acronym = m.group(2);
        String[] words = m.group(1).strip().split("\\s+");
        for (int first = 0; first < words.length; first++) {
            if (CONNECTOR.matcher(words[first]).matches() || catalogue.genericWords().contains(words[first])
                    && first == 0 && words.length > 1 && !spells(words, first, acronym)) {
                continue;
            }
            if (spells(words, first, acronym)) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
                int start = text.lastIndexOf(name, m.end(1));
                int end = start + name.length();
                if (start < 0 || words.length - first < 2
                        || mentions.stream().anyMatch(x -> x.start() < end && x.end() > start)) {
                    return null;
                }
                return new Candidate(start, end, name, typeOf(words[words.length - 1]), "acronym", acronym, null,
                        null, true);
            }
        }
        return null;
    }

    /** Whether the initials of words[first..] (connectors skipped) spell the acronym, ignoring case. */
    private static boolean spells(String[] words, int first, String acronym) {
        StringBuilder plain = new StringBuilder();
        StringBuilder hyphened = new StringBuilder();
        for (int k = first; k < words.length; k++) {
            String w = words[k];
            if (CONNECTOR.matcher(w).matches()) {
                continue;
            }
            plain.append(w.charAt(0));
            for (String part : w.split("-")) {
                if (!part.isEmpty()) {
                    hyphened.append(part.charAt(0));
                }
            }
        }
        String a = acronym.toUpperCase(Locale.ROOT);
        return plain.toString().toUpperCase(Locale.ROOT).equals(a)
                || hyphened.toString().toUpperCase(Locale.ROOT).equals(a);
    }

    private EntityType typeOf(String lastWord) {
        EntityType head = catalogue.headWords().get(lastWord);
        if (head != null) {
            return head;
        }
        return catalogue.initiativeWords().contains(lastWord) ? EntityType.INITIATIVE : EntityType.ORGANISATION;
    }
}
