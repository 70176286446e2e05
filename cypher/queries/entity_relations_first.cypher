// The first $limit relations of every type and direction of an entity, with evidence: the entity page's first
// page, each group in the order entity_relations_page.cypher pages it.
// params: $id, $limit, $review ('any', 'unrejected' or 'accepted')
// returns: id, type, direction, other (map), status, method, confidence, amount, currency, year, evDocs,
//          evPassages, evParas, evPages, evQuotes, evMethods, evConfidences, reviewState, reviewBy, reviewAt,
//          reviewNote
MATCH (e:Entity {id: $id})-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(o:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
WITH r, o, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
ORDER BY type, direction, coalesce(o.nameEn, o.nameZh), r.key
WITH type, direction, collect({r: r, o: o})[0..$limit] AS firsts
UNWIND firsts AS f
WITH f.r AS r, f.o AS o, type, direction
RETURN r.key AS id, type, direction, o {.id, .type, .nameEn, .nameZh} AS other, r.status AS status,
       r.method AS method, r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evPages AS evPages, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences,
       r.reviewState AS reviewState, r.reviewBy AS reviewBy, r.reviewAt AS reviewAt, r.reviewNote AS reviewNote
ORDER BY type, direction, coalesce(o.nameEn, o.nameZh), r.key
