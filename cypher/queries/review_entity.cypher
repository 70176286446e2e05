// One entity, to judge it: its id, type, origin and names.
// params: $id
// returns: id, type, origin, nameEn, nameZh
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.type AS type, e.origin AS origin, e.nameEn AS nameEn, e.nameZh AS nameZh
