// One entity with all its names.
// params: $id
// returns: entity (map), labels
MATCH (e:Entity {id: $id})
RETURN e {.id, .type, .nameEn, .nameZh, .aliases, .aliasesEn, .aliasesZh, .iso3, .wikidata, .source} AS entity,
       [l IN labels(e) WHERE l <> 'Entity'] AS labels
