package org.synergraph.extract;

import java.util.List;

/**
 * An entry of the gazetteer: something the documents name, with its names in both languages.
 *
 * @param id        stable id, e.g. "initiative:recsoil", "country:CRI"
 * @param type      what kind of entity it is
 * @param nameEn    English name
 * @param nameZh    Chinese name
 * @param aliasesEn other English names and acronyms that mean it
 * @param aliasesZh other Chinese names and abbreviations that mean it
 * @param iso3      ISO 3166-1 alpha-3 code for countries, else null
 * @param wikidata  Wikidata QID when known, else null
 * @param source    where the entry comes from (document and paragraph, CLDR, UNTERM …)
 * @param partOf    the id of the body this one is an organ of (a secretariat, a council), or null
 */
public record Entity(String id, EntityType type, String nameEn, String nameZh, List<String> aliasesEn,
                     List<String> aliasesZh, String iso3, String wikidata, String source, String partOf) {

    /** An entity that is no organ of another body. */
    public Entity(String id, EntityType type, String nameEn, String nameZh, List<String> aliasesEn,
                  List<String> aliasesZh, String iso3, String wikidata, String source) {
        this(id, type, nameEn, nameZh, aliasesEn, aliasesZh, iso3, wikidata, source, null);
    }
}
