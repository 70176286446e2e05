// Which of the given ids are entities, with their summary.
// params: $ids
// returns: entity (map)
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .type, .nameEn, .nameZh, .iso3} AS entity
