package org.synergraph.extract;

import org.synergraph.config.Resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** All entities the mention finder knows, checked for clashes, with the surface forms that name them. */
public final class Gazetteer {
    private final Map<String, Entity> byId;
    private final Map<String, Set<String>> formsById;
    private final List<SurfaceForm> surfaceForms;
    private final List<Entity> curated;
    private final CountryNames countries;

    private final Map<Pattern, String> genericWords;

    private Gazetteer(Map<String, Entity> byId, Map<String, Set<String>> formsById, List<SurfaceForm> forms,
                      List<Entity> curated, CountryNames countries, Map<Pattern, String> genericWords) {
        this.genericWords = genericWords;
        this.byId = byId;
        this.formsById = formsById;
        this.surfaceForms = forms;
        this.curated = curated;
        this.countries = countries;
    }

    /**
     * Reads entities.json (the corpus's names), reference.json (the reference gazetteer of the cooperation world)
     * when present, and country-names.json when present; countries come from CLDR either way.
     */
    public static Gazetteer load(Resources resources) {
        CountryNames countries = resources.exists(CountryNames.FILE)
                ? CountryNames.cldrWith(resources.read(CountryNames.FILE)) : CountryNames.cldr();
        List<Entity> entities = new ArrayList<>(EntitiesFile.parse(resources.read(EntitiesFile.FILE)));
        if (resources.exists(EntitiesFile.REFERENCE)) {
            entities.addAll(EntitiesFile.parse(resources.read(EntitiesFile.REFERENCE)));
        }
        Gazetteer g = of(entities, countries);
        return resources.exists(GenericWordsFile.FILE)
                ? g.withGenericWords(GenericWordsFile.parse(resources.read(GenericWordsFile.FILE))) : g;
    }

    /** The same names, with the generic words a known issuing body's documents use for it and its organs. */
    public Gazetteer withGenericWords(Map<Pattern, String> words) {
        return new Gazetteer(byId, formsById, surfaceForms, curated, countries,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words)));
    }

    /** Generic words ("秘书处", "the Council") with the English head word of the organ they mean, in file order. */
    public Map<Pattern, String> genericWords() {
        return genericWords;
    }

    /** Builds from the text of an entities.json and a country-names.json document. */
    public static Gazetteer fromJson(String entitiesJson, String countryNamesJson) {
        return of(EntitiesFile.parse(entitiesJson), CountryNames.cldrWith(countryNamesJson));
    }

    /** Builds from curated entities and countries; fails on a duplicate id or a form claimed twice. */
    public static Gazetteer of(Collection<Entity> curated, CountryNames countries) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        List<Entity> all = new ArrayList<>(curated);
        all.addAll(countries.countries());
        for (Entity e : all) {
            Entity earlier = byId.putIfAbsent(e.id(), e);
            if (earlier != null) {
                throw new IllegalStateException("duplicate entity id " + e.id() + " (" + earlier.source() + "; "
                        + e.source() + ")");
            }
        }
        Map<String, Set<String>> formsById = new LinkedHashMap<>();
        Map<String, SurfaceForm> byKey = new HashMap<>();
        for (Entity e : all) {
            Set<String> forms = SurfaceVariants.of(e);
            formsById.put(e.id(), Set.copyOf(forms));
            forms.forEach(text -> claim(byKey, SurfaceForm.naming(text, e.id())));
        }
        countries.blockers().forEach(text -> claim(byKey, SurfaceForm.blocker(text)));
        Map<String, SurfaceForm> derived = new HashMap<>();
        Set<String> contested = new java.util.HashSet<>();
        Map<String, String> acronyms = acronyms(all, byKey);
        for (Entity e : all) {
            Set<String> texts = SurfaceVariants.derived(e, formsById.get(e.id()), acronyms);
            if (e.partOf() != null && formsById.containsKey(e.partOf())) {
                texts.addAll(SurfaceVariants.asPartOf(formsById.get(e.id()), formsById.get(e.partOf())));
            }
            for (String text : texts) {
                SurfaceForm form = SurfaceForm.naming(text, e.id());
                if (byKey.containsKey(form.key())) {
                    continue;
                }
                SurfaceForm earlier = derived.putIfAbsent(form.key(), form);
                if (earlier != null && !earlier.entityId().equals(e.id())) {
                    contested.add(form.key());
                }
            }
        }
        derived.forEach((key, form) -> {
            if (!contested.contains(key)) {
                byKey.put(key, form);
            }
        });
        return new Gazetteer(byId, formsById, List.copyOf(byKey.values()), List.copyOf(curated), countries, Map.of());
    }

    /**
     * The acronyms that name one organisation or convention each ("GEF"), with that body's English name: an
     * all-capital alias of two to six letters whose form the gazetteer gives to that body alone.
     */
    private static Map<String, String> acronyms(List<Entity> all, Map<String, SurfaceForm> byKey) {
        Map<String, String> out = new HashMap<>();
        for (Entity e : all) {
            if (e.nameEn() == null || e.type() != EntityType.ORGANISATION && e.type() != EntityType.CONVENTION) {
                continue;
            }
            for (String alias : e.aliasesEn()) {
                SurfaceForm owner = byKey.get(SurfaceForm.naming(alias, e.id()).key());
                if (alias.matches("[A-Z]{2,6}") && owner != null && e.id().equals(owner.entityId())) {
                    out.put(alias, e.nameEn());
                }
            }
        }
        return out;
    }

    /** This gazetteer with more entities (a synthetic corpus's, for instance); fails on clashes as {@link #of} does. */
    public Gazetteer plus(Collection<Entity> more) {
        List<Entity> all = new ArrayList<>(curated);
        all.addAll(more);
        return of(all, countries).withGenericWords(genericWords);
    }

    private static void claim(Map<String, SurfaceForm> byKey, SurfaceForm form) {
        SurfaceForm earlier = byKey.putIfAbsent(form.key(), form);
        if (earlier != null && !Objects.equals(earlier.entityId(), form.entityId())) {
            throw new IllegalStateException("surface form '" + form.text() + "' is claimed by "
                    + describe(earlier) + " and " + describe(form));
        }
    }

    private static String describe(SurfaceForm form) {
        return form.isBlocker() ? "a blocker ('" + form.text() + "')" : form.entityId() + " ('" + form.text() + "')";
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entity: curated ones in file order, then the countries. */
    public Collection<Entity> all() {
        return byId.values();
    }

    /** The strings that name an entity: names, aliases and their bracket and quote variants; empty if unknown. */
    public Set<String> surfaceForms(String entityId) {
        return formsById.getOrDefault(entityId, Set.of());
    }

    /** Every form the finder must look for, blockers included, each once. */
    public List<SurfaceForm> surfaceForms() {
        return surfaceForms;
    }
}
