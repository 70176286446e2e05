// Creates or updates the entities a document names, with their type label. origin is 'gazetteer' or 'discovered';
// a discovered entity keeps the passage that first introduced it (introducedIn) when another document names it too.
// params: $entities [{id, type, labels, nameEn, nameZh, aliases, aliasesEn, aliasesZh, aliasText, aliasesLower,
//         iso3, wikidata, source, origin, confidence, introducedIn, partOf}]
// returns: entities
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e.type = row.type, e.nameEn = row.nameEn, e.nameZh = row.nameZh, e.aliases = row.aliases,
    e.aliasesEn = row.aliasesEn, e.aliasesZh = row.aliasesZh, e.aliasText = row.aliasText,
    e.aliasesLower = row.aliasesLower, e.iso3 = row.iso3, e.wikidata = row.wikidata, e.source = row.source,
    e.origin = row.origin, e.confidence = row.confidence, e.partOf = row.partOf,
    e.introducedIn = CASE WHEN row.origin = 'discovered' THEN coalesce(e.introducedIn, row.introducedIn) END,
    e.nameLower = toLower(coalesce(row.nameEn, '')),
    e.searchText = toLower(coalesce(row.nameEn, '')) + '\n' + coalesce(row.nameZh, '')
                   + reduce(s = '', a IN row.aliasesLower | s + '\n' + a)
SET e:$(row.type)
RETURN count(e) AS entities
