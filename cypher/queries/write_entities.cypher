// Creates or updates the entities a document names, with their type label.
// params: $entities [{id, type, labels, nameEn, nameZh, aliases, aliasesEn, aliasesZh, aliasText, aliasesLower,
//         iso3, wikidata, source}]
// returns: entities
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e.type = row.type, e.nameEn = row.nameEn, e.nameZh = row.nameZh, e.aliases = row.aliases,
    e.aliasesEn = row.aliasesEn, e.aliasesZh = row.aliasesZh, e.aliasText = row.aliasText,
    e.aliasesLower = row.aliasesLower, e.iso3 = row.iso3, e.wikidata = row.wikidata, e.source = row.source,
    e.nameLower = toLower(coalesce(row.nameEn, '')),
    e.searchText = toLower(coalesce(row.nameEn, '')) + '\n' + coalesce(row.nameZh, '')
                   + reduce(s = '', a IN row.aliasesLower | s + '\n' + a)
SET e:$(row.type)
RETURN count(e) AS entities
