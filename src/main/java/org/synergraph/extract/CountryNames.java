package org.synergraph.extract;

import static org.synergraph.extract.GazetteerJson.strings;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countries: CLDR's names merged with the extra names of country-names.json, and that file's blockers.
 *
 * @param countries one entity per country
 * @param blockers  phrases that contain a country name but do not mean that country
 */
public record CountryNames(List<Entity> countries, List<String> blockers) {
    static final String FILE = "data/gazetteer/country-names.json";
    private static final String BLOCKERS = "_blockers";
    private static final String EXTRA_SOURCE = "; UN formal names (country-names.json)";

    public CountryNames {
        countries = List.copyOf(countries);
        blockers = List.copyOf(blockers);
    }

    /** The countries as CLDR names them, with no extra names and no blockers. */
    public static CountryNames cldr() {
        return new CountryNames(CldrCountries.load(), List.of());
    }

    /** CLDR's countries with the names and blockers of a country-names.json document added. */
    public static CountryNames cldrWith(String countryNamesJson) {
        JsonNode root = GazetteerJson.parse(countryNamesJson, FILE);
        Map<String, Entity> byIso3 = new LinkedHashMap<>();
        CldrCountries.load().forEach(c -> byIso3.put(c.iso3(), c));
        List<String> blockers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(BLOCKERS)) {
                blockers.addAll(strings(entry.getValue(), "zh"));
                blockers.addAll(strings(entry.getValue(), "en"));
                continue;
            }
            Entity country = byIso3.get(entry.getKey());
            if (country == null) {
                throw new IllegalStateException(FILE + " names '" + entry.getKey()
                        + "', which is no ISO 3166 alpha-3 code CLDR knows");
            }
            byIso3.put(country.iso3(), withExtras(country, entry.getValue()));
        }
        return new CountryNames(List.copyOf(byIso3.values()), blockers);
    }

    private static Entity withExtras(Entity country, JsonNode extra) {
        return new Entity(country.id(), country.type(), country.nameEn(), country.nameZh(),
                merged(country.nameEn(), country.aliasesEn(), strings(extra, "en")),
                merged(country.nameZh(), country.aliasesZh(), strings(extra, "zh")),
                country.iso3(), country.wikidata(), country.source() + EXTRA_SOURCE);
    }

    private static List<String> merged(String name, List<String> aliases, List<String> extras) {
        Set<String> all = new LinkedHashSet<>(aliases);
        all.addAll(extras);
        all.remove(name);
        return List.copyOf(all);
    }
}
