package org.synergraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryNamesTest {

    private static Map<String, Entity> byId(CountryNames names) {
        return names.countries().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Test
    void cldr_names_costa_rica_in_both_languages() {
        Entity cri = byId(CountryNames.cldr()).get("country:CRI");
        assertEquals("哥斯达黎加", cri.nameZh());
        assertEquals("Costa Rica", cri.nameEn());
        assertEquals("CRI", cri.iso3());
        assertEquals(EntityType.COUNTRY, cri.type());
        assertEquals("CLDR (JDK " + Runtime.version().feature() + ")", cri.source());
    }

    @Test
    void data_file_adds_formal_names_and_says_so_in_the_source() {
        Entity bol = byId(CountryNames.cldrWith(Fixtures.read("country-names.json"))).get("country:BOL");
        assertEquals("玻利维亚", bol.nameZh());
        assertTrue(bol.aliasesZh().contains("多民族玻利维亚国"));
        assertTrue(bol.aliasesEn().contains("Plurinational State of Bolivia"));
        assertTrue(bol.source().endsWith("; UN formal names (country-names.json)"), bol.source());
    }

    @Test
    void data_file_blockers_are_kept() {
        assertEquals(List.of("发展中国家", "Turkey Creek"),
                CountryNames.cldrWith(Fixtures.read("country-names.json")).blockers());
    }

    @Test
    void bracketed_cldr_names_get_a_cleaned_alias() {
        Map<String, Entity> countries = byId(CountryNames.cldr());
        assertTrue(countries.get("country:MMR").aliasesEn().contains("Myanmar"));
        assertTrue(countries.get("country:CCK").aliasesZh().contains("科科斯群岛"));
    }

    @Test
    void cleaned_alias_shared_by_two_countries_is_dropped() {
        // Given 刚果（金） and 刚果（布）, Then neither Congo gets the bare 刚果 or Congo
        Map<String, Entity> countries = byId(CountryNames.cldr());
        for (String id : List.of("country:COD", "country:COG")) {
            assertFalse(countries.get(id).aliasesZh().contains("刚果"), id);
            assertFalse(countries.get(id).aliasesEn().contains("Congo"), id);
        }
    }

    @Test
    void unknown_code_in_the_data_file_fails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CountryNames.cldrWith("{\"XYZ\": {\"zh\": [\"某国\"], \"en\": []}}"));
        assertTrue(e.getMessage().contains("XYZ"), e.getMessage());
    }
}
