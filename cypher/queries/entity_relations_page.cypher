// One page of an entity's relations, with evidence: of one type and direction, or of all ($type and $direction
// null). Ordered as the entity page shows them: type, direction, the other entity's name, then the relation's key.
// params: $id, $type (relation type or null), $direction ('in', 'out' or null), $offset, $limit, $review ('any', 'unrejected'
//         or 'accepted')
// returns: id, type, direction, other (map), status, method, confidence, amount, currency, year, evDocs,
//          evPassages, evParas, evPages, evQuotes, evMethods, evConfidences, reviewState, reviewBy, reviewAt,
//          reviewNote
MATCH (e:Entity {id: $id})-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(o:Entity)
WITH e, r, o, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
WHERE ($type IS NULL OR type(r) = $type) AND ($direction IS NULL OR direction = $direction)
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
WITH r, o, direction ORDER BY type(r), direction, coalesce(o.nameEn, o.nameZh), r.key
SKIP $offset LIMIT $limit
RETURN r.key AS id, type(r) AS type, direction, o {.id, .type, .nameEn, .nameZh} AS other, r.status AS status,
       r.method AS method, r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evPages AS evPages, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences,
       r.reviewState AS reviewState, r.reviewBy AS reviewBy, r.reviewAt AS reviewAt, r.reviewNote AS reviewNote
