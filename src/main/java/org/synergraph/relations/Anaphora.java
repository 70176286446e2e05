package org.synergraph.relations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synergraph.extract.EntityType;
import org.synergraph.extract.Mention;

/**
 * Words that point back to a body or programme ("该计划", "本倡议", "the programme"): a determiner of the catalogue
 * followed by one of its head nouns. Each resolves, in this order, to the latest earlier subject of the passage whose
 * name holds the noun; the latest earlier name of the passage that holds it; the latest earlier subject of a type the
 * noun allows; the latest name holding the noun in the passage just before ("the PREFOREST project" …
 * "the project"); and last the passage's topic when it has such a type. Nouns of "anaphorNamedOnly" ("the
 * Committee", "the Secretariat") take only antecedents whose name holds them; nouns of "anaphorLatestName" ("the
 * country", "该国") the latest name of their type in the passage, else in the passage before.
 */
final class Anaphora {
    /** How many passages back a name holding the noun is still what "the project" means. */
    static final int PASSAGES_BACK = 1;
    private final Pattern pattern;
    private final Map<String, Set<EntityType>> nounTypes = new HashMap<>();
    private final Set<String> namedOnly = new HashSet<>();
    /** Nouns that mean the latest name of their type, subject or not ("the country": the country just named). */
    private final Set<String> latestName = new HashSet<>();
    /** What may not follow an anaphor, where it would be the start of a longer word ("该国际组织" holds no "该国"). */
    private final List<String> notBefore;

    /** The catalogue's "anaphorNouns" are "noun:Type[|Type]" (计划:Initiative): the types an antecedent may have. */
    Anaphora(Catalogue catalogue) {
        List<String> dets = catalogue.words("anaphorDeterminers");
        List<String> nouns = new ArrayList<>();
        for (String entry : catalogue.words("anaphorNouns")) {
            String[] nt = entry.split(":", 2);
            nouns.add(nt[0]);
            Set<EntityType> types = EnumSet.noneOf(EntityType.class);
            for (String t : nt[1].split("\\|")) {
                types.add(EntityType.fromLabel(t));
            }
            nounTypes.put(key(nt[0]), types);
        }
        catalogue.words("anaphorNamedOnly").forEach(n -> namedOnly.add(key(n)));
        catalogue.words("anaphorLatestName").forEach(n -> latestName.add(key(n)));
        this.notBefore = catalogue.words("anaphorNotBefore");
        boolean english = "en".equals(catalogue.language());
        this.pattern = dets.isEmpty() || nouns.isEmpty() ? null : Pattern.compile(
                (english ? "\\b" : "") + "(?:" + Catalogue.alternation(dets) + ")\\s?(" + Catalogue.alternation(nouns)
                        + ")" + (english ? "\\b" : ""), english ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static String key(String noun) {
        return noun.toLowerCase(Locale.ROOT);
    }

    /**
     * Mentions for the anaphors of a passage that overlap no name.
     *
     * @param subjects earlier subjects as mentions, in text order (the passage's own, found so far)
     * @param before   the names of the document's passages before this one, one list per passage, oldest first
     * @param topic    the passage's topic, or null
     */
    List<Mention> resolve(String text, List<Mention> names, List<Mention> subjects, List<List<Mention>> before,
                          String topic, Function<String, EntityType> typeOf) {
        List<Mention> out = new ArrayList<>();
        if (pattern == null) {
            return out;
        }
        List<Mention> tailed = null;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (names.stream().anyMatch(n -> n.start() < end && start < n.end())) {
                continue;
            }
            if (notBefore.stream().anyMatch(w -> text.startsWith(w, end))) {
                continue;
            }
            String noun = key(m.group(1));
            Set<EntityType> wanted = nounTypes.get(noun);
            Predicate<Mention> fits = s -> wanted.contains(typeOf.apply(s.entityId()));
            Predicate<Mention> named = s -> fits.test(s) && key(s.surface()).contains(noun);
            if (latestName.contains(noun)) {
                String id = latest(names, start, fits);
                id = id != null || before.isEmpty() ? id : latest(before.get(before.size() - 1), Integer.MAX_VALUE, fits);
                if (id != null) {
                    out.add(new Mention(id, start, end, m.group()));
                }
                continue;
            }
            String id = latest(subjects, start, named);
            if (id == null) {
                tailed = tailed != null ? tailed : names.stream().map(n -> withTail(text, n)).toList();
                id = latest(tailed, start, named);
            }
            if (id == null && !namedOnly.contains(noun)) {
                id = latest(subjects, start, fits);
            }
            for (int i = before.size() - 1; id == null && i >= Math.max(0, before.size() - PASSAGES_BACK); i--) {
                id = latest(before.get(i), Integer.MAX_VALUE, named);
            }
            if (id == null && !namedOnly.contains(noun) && topic != null && wanted.contains(typeOf.apply(topic))) {
                id = topic;
            }
            if (id != null) {
                out.add(new Mention(id, start, end, m.group()));
            }
        }
        return out;
    }

    /**
     * The mention with the word right after it in its surface: "PREFOREST" followed by "project" holds the noun
     * "project" as the name "UN-REDD Programme" holds "programme"; in Chinese up to four characters, stopping at a
     * coordinator or a determiner ("X和该项目" gives X nothing).
     */
    static Mention withTail(String text, Mention m) {
        int at = m.end();
        if (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        int end = at;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')
                && end - at < MAX_TAIL) {
            char c = text.charAt(end);
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (han && (end - at >= HAN_TAIL || TAIL_STOPS.indexOf(c) >= 0)) {
                break;
            }
            end++;
        }
        return end == at ? m : new Mention(m.entityId(), m.start(), m.end(),
                m.surface() + " " + text.substring(at, end));
    }

    private static final int MAX_TAIL = 20;
    private static final int HAN_TAIL = 4;
    private static final String TAIL_STOPS = "和与及或、该本此这并";

    /** The entity of the last mention ending before `before` that passes `test`, or null. */
    private static String latest(List<Mention> mentions, int before, Predicate<Mention> test) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention s = mentions.get(i);
            if (s.end() <= before && test.test(s)) {
                return s.entityId();
            }
        }
        return null;
    }
}
