package org.synergraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;

/** Every ISO 3166 country as the JDK's CLDR data names it in English and Simplified Chinese. */
final class CldrCountries {
    /** "刚果（金）", "Myanmar (Burma)": a qualifier in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("\\s*[（(][^）)]*[）)]");
    /** "Congo - Kinshasa": CLDR's short form with the capital after a dash. */
    private static final Pattern DASHED = Pattern.compile(" - .*$");

    private CldrCountries() {
    }

    /** One entity per country with an alpha-3 code, ids "country:" + alpha-3, cleaned short forms as aliases. */
    static List<Entity> load() {
        String source = "CLDR (JDK " + Runtime.version().feature() + ")";
        List<Entity> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String iso3 = alpha3(country);
            String en = country.getDisplayCountry(Locale.ENGLISH);
            String zh = country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
            if (iso3.isEmpty() || en.equals(code) || zh.equals(code)) {
                continue;
            }
            countries.add(new Entity("country:" + iso3, EntityType.COUNTRY, en, zh, cleaned(en), cleaned(zh),
                    iso3, null, source));
        }
        return dropAmbiguousAliases(countries);
    }

    private static String alpha3(Locale country) {
        try {
            return country.getISO3Country();
        } catch (MissingResourceException e) {
            // The JDK knows no alpha-3 code for this alpha-2 code: such a country cannot get a stable id.
            return "";
        }
    }

    /** The name without its bracketed or dashed qualifier, and "&" spelled "and", where that changes it. */
    static List<String> cleaned(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String bare = DASHED.matcher(BRACKETED.matcher(name).replaceAll("")).replaceAll("").strip();
        forms.add(bare);
        forms.add(bare.replace(" & ", " and "));
        forms.add(name.replace(" & ", " and "));
        forms.remove(name);
        forms.remove("");
        return List.copyOf(forms);
    }

    /** "刚果" would come from both Congos: an alias cleaned out of two names, or equal to a name, is dropped. */
    private static List<Entity> dropAmbiguousAliases(List<Entity> countries) {
        Map<String, Integer> uses = new HashMap<>();
        for (Entity c : countries) {
            uses.merge(c.nameEn(), 2, Integer::sum);
            uses.merge(c.nameZh(), 2, Integer::sum);
            c.aliasesEn().forEach(a -> uses.merge(a, 1, Integer::sum));
            c.aliasesZh().forEach(a -> uses.merge(a, 1, Integer::sum));
        }
        return countries.stream().map(c -> new Entity(c.id(), c.type(), c.nameEn(), c.nameZh(),
                c.aliasesEn().stream().filter(a -> uses.get(a) == 1).toList(),
                c.aliasesZh().stream().filter(a -> uses.get(a) == 1).toList(),
                c.iso3(), c.wikidata(), c.source())).toList();
    }
}
