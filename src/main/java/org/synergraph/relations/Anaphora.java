package org.synergraph.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.synergraph.extract.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.Mention;

/**
 * Words that point back to a body or programme ("该计划", "本倡议", "the programme"): a determiner of the catalogue
 * followed by one of its head nouns. Each resolves to the latest earlier subject whose name holds the noun, else to
 * the latest earlier subject of the type the noun names, else to the passage's topic when it has that type.
 */
final class Anaphora {
    private final Pattern pattern;
    private final Map<String, EntityType> nounTypes = new HashMap<>();

    /** The catalogue's "anaphorNouns" are "noun:Type" (计划:Initiative): the type an antecedent must have. */
    Anaphora(Catalogue catalogue) {
        List<String> dets = catalogue.words("anaphorDeterminers");
        List<String> nouns = new ArrayList<>();
        for (String entry : catalogue.words("anaphorNouns")) {
            String[] nt = entry.split(":", 2);
            nouns.add(nt[0]);
            nounTypes.put(nt[0].toLowerCase(Locale.ROOT), EntityType.fromLabel(nt[1]));
        }
        boolean english = "en".equals(catalogue.language());
        this.pattern = dets.isEmpty() || nouns.isEmpty() ? null : Pattern.compile(
                (english ? "\\b" : "") + "(?:" + Catalogue.alternation(dets) + ")\\s?(" + Catalogue.alternation(nouns)
                        + ")" + (english ? "\\b" : ""), english ? Pattern.CASE_INSENSITIVE : 0);
    }

    /**
     * Mentions for the anaphors of a passage that overlap no name.
     *
     * @param subjects earlier subjects as mentions, in text order (the passage's own, found so far)
     * @param topic    the passage's topic, or null
     */
    List<Mention> resolve(String text, List<Mention> names, List<Mention> subjects, String topic,
                          Function<String, EntityType> typeOf) {
        List<Mention> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (names.stream().anyMatch(n -> n.start() < end && start < n.end())) {
                continue;
            }
            EntityType wanted = nounTypes.get(m.group(1).toLowerCase(Locale.ROOT));
            String id = antecedent(subjects, start, m.group(1), topic, id2 -> typeOf.apply(id2) == wanted);
            if (id != null) {
                out.add(new Mention(id, start, end, m.group()));
            }
        }
        return out;
    }

    private static String antecedent(List<Mention> subjects, int before, String noun, String topic,
                                     Predicate<String> fits) {
        String latest = null;
        for (int i = subjects.size() - 1; i >= 0; i--) {
            Mention s = subjects.get(i);
            if (s.end() > before || !fits.test(s.entityId())) {
                continue;
            }
            latest = latest == null ? s.entityId() : latest;
            if (s.surface().toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) {
                return s.entityId();
            }
        }
        return latest != null ? latest : topic != null && fits.test(topic) ? topic : null;
    }
}
