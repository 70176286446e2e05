// Every typed relation of an entity, both directions, with its evidence lists.
// params: $id
// returns: id, type, direction, other (map), status, method, confidence, amount, currency, year, evDocs,
//          evPassages, evParas, evPages, evQuotes, evMethods, evConfidences
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
RETURN r.key AS id, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       o {.id, .type, .nameEn, .nameZh} AS other, r.status AS status, r.method AS method,
       r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evPages AS evPages, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences
ORDER BY type, direction, coalesce(o.nameEn, o.nameZh)
