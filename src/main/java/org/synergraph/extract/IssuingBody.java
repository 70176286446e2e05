package org.synergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body a document comes from, read from its metadata ("UNCCD Conference of the Parties (COP)"), and what the
 * document's generic words mean under it: a convention's own documents say 秘书处/"the secretariat" for its secretariat,
 * 《公约》/"the Convention" for the convention, 缔约方会议 for its Conference of the Parties. The meaning comes from the
 * gazetteer: the body named in the metadata, the top of its partOf chain, and the organ of that top whose English
 * name carries the generic word's English head. A word with no such organ, metadata naming two unrelated bodies, or a
 * word right after another body's name ("《气候公约》缔约方会议") resolves to nothing.
 */
public final class IssuingBody {
    /** The Chinese characters a generic word may follow and still stand alone: function words (与, 由, 该 …). */
    public static final String FREE_BEFORE = "与和及由向在为对将并还也已该本其即而是经同从、";
    /** A generic word stands alone: not after a letter of a longer name (里约三公约秘书处, 执行秘书处), but after 与/由/该…. */
    private static final Pattern BOUND_BEFORE = Pattern.compile("[\\p{IsHan}&&[^" + FREE_BEFORE + "]]");
    private static final IssuingBody NONE = new IssuingBody(Map.of());

    private final Map<Pattern, String> resolved;

    private IssuingBody(Map<Pattern, String> resolved) {
        this.resolved = resolved;
    }

    /** A document whose metadata names no known body: generic words stay unresolved. */
    public static IssuingBody none() {
        return NONE;
    }

    /** Reads the issuing body from the metadata's body string (in English, as the manifest gives it). */
    public static IssuingBody of(String body, MentionFinder finder, Gazetteer gazetteer) {
        if (body == null || body.isBlank()) {
            return NONE;
        }
        Set<String> tops = new LinkedHashSet<>();
        List<Entity> named = new java.util.ArrayList<>();
        for (Mention m : finder.find(body)) {
            tops.add(top(m.entityId(), gazetteer));
            gazetteer.byId(m.entityId()).ifPresent(named::add);
        }
        if (tops.size() != 1) {
            return NONE;
        }
        Entity top = gazetteer.byId(tops.iterator().next()).orElseThrow();
        Map<Pattern, String> resolved = new LinkedHashMap<>();
        gazetteer.genericWords().forEach((word, head) -> {
            String id = meaning(top, named, head, gazetteer);
            if (id != null) {
                resolved.put(word, id);
            }
        });
        shortForms(top, gazetteer).forEach((form, id) -> resolved.putIfAbsent(Pattern.compile(Pattern.quote(form)), id));
        return new IssuingBody(resolved);
    }

    /**
     * An organ's Chinese name less its body's name (粮农组织林业司 → 林业司, 《国际条约》管理机构 → 管理机构): how the body's own
     * documents name its organs. Organisations only; a short form two organs share is dropped.
     */
    private static Map<String, String> shortForms(Entity top, Gazetteer gazetteer) {
        Set<String> prefixes = new LinkedHashSet<>(top.aliasesZh());
        prefixes.add(top.nameZh());
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> clashing = new LinkedHashSet<>();
        for (Entity e : gazetteer.all()) {
            if (e.type() != EntityType.ORGANISATION || !top.id().equals(IssuingBody.top(e.id(), gazetteer))
                    || e.id().equals(top.id())) {
                continue;
            }
            for (String form : gazetteer.surfaceForms(e.id())) {
                for (String prefix : prefixes) {
                    String rest = prefix == null || !form.startsWith(prefix) ? "" : form.substring(prefix.length());
                    if (rest.length() < 2 || Character.UnicodeScript.of(rest.charAt(0)) != Character.UnicodeScript.HAN) {
                        continue;
                    }
                    String earlier = out.putIfAbsent(rest, e.id());
                    if (earlier != null && !earlier.equals(e.id())) {
                        clashing.add(rest);
                    }
                }
            }
        }
        clashing.forEach(out::remove);
        return out;
    }

    /**
     * What a generic word means in the body's documents: the body the metadata names when its name has the head
     * word ("FAO Committee on Forestry" for 本委员会), the body itself when it is a convention named by the head word
     * or an organisation and the head is "organization", else its one organ whose name has the head word.
     */
    private static String meaning(Entity top, List<Entity> named, String head, Gazetteer gazetteer) {
        List<Entity> own = named.stream().filter(e -> headPhrase(e).contains(head)).toList();
        if (own.size() == 1) {
            return own.get(0).id();
        }
        if (name(top).contains(head) && top.type() == EntityType.CONVENTION
                || "organization".equals(head) && top.type() == EntityType.ORGANISATION) {
            return top.id();
        }
        List<String> organs = gazetteer.all().stream()
                .filter(e -> top.id().equals(e.partOf()) && name(e).contains(head)).map(Entity::id).toList();
        return organs.size() == 1 ? organs.get(0) : null;
    }

    /**
     * The part of a body's English name before "of", "on", "for" or "to": what kind of body it is ("FAO Committee"
     * of "FAO Committee on Forestry"), not what it is about ("Governing Body of the … Treaty" is no treaty).
     */
    private static String headPhrase(Entity e) {
        return name(e).split(" (?:of|on|for|to) ", 2)[0];
    }

    private static String name(Entity e) {
        return String.valueOf(e.nameEn()).toLowerCase(Locale.ROOT);
    }

    private static String top(String id, Gazetteer gazetteer) {
        String at = id;
        for (int step = 0; step < 5; step++) {
            String parent = gazetteer.byId(at).map(Entity::partOf).orElse(null);
            if (parent == null || gazetteer.byId(parent).isEmpty()) {
                return at;
            }
            at = parent;
        }
        return at;
    }

    /** The real mentions of a text plus one for each free-standing generic word they do not cover, in text order. */
    public List<Mention> complete(String text, List<Mention> real) {
        if (resolved.isEmpty()) {
            return real;
        }
        List<Mention> out = new ArrayList<>(real);
        resolved.forEach((word, id) -> {
            Matcher m = word.matcher(text);
            while (m.find()) {
                if (!covered(out, m.start(), m.end()) && !boundBefore(text, m.start()) && !organOf(real, text, m.start())) {
                    out.add(new Mention(id, m.start(), m.end(), m.group()));
                }
            }
        });
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return List.copyOf(out);
    }

    private static boolean boundBefore(String text, int at) {
        return at > 0 && Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HAN
                && BOUND_BEFORE.matcher(text.substring(at - 1, at)).matches();
    }

    /** "《气候公约》缔约方会议": right after another body's name, the word is that body's organ, not the issuer's. */
    private static boolean organOf(List<Mention> real, String text, int at) {
        return real.stream().anyMatch(x -> x.end() <= at && text.substring(x.end(), at).isBlank());
    }

    private static boolean covered(List<Mention> ms, int start, int end) {
        return ms.stream().anyMatch(x -> x.start() < end && start < x.end());
    }
}
