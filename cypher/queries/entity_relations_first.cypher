// The first $limit relations of every type and direction of an entity, with evidence: the entity page's first
// page, each group in the order entity_relations_page.cypher pages it.
// params: $id, $limit, $review ('any', 'unrejected' or 'accepted'),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: id, type, direction, other (map), status, method, confidence, amount, currency, year, evDocs,
//          evPassages, evParas, evPages, evQuotes, evMethods, evConfidences, evDates, evValidFrom, evValidTo, evStatedYears, evTimeWords, firstReported, lastReported,
//          siblings (the same fact with each status: {status, evDocs, evDates}), reviewState, reviewBy, reviewAt,
//          reviewNote
MATCH (e:Entity {id: $id})-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(o:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
WITH r, o, type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
ORDER BY type, direction, coalesce(o.nameEn, o.nameZh), r.key
WITH type, direction, collect({r: r, o: o})[0..$limit] AS firsts
UNWIND firsts AS f
WITH f.r AS r, f.o AS o, type, direction, startNode(f.r) AS sa, endNode(f.r) AS sb
RETURN r.key AS id, type, direction, o {.id, .type, .nameEn, .nameZh} AS other, r.status AS status,
       r.method AS method, r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evPages AS evPages, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences, r.evDates AS evDates, r.evValidFrom AS evValidFrom, r.evValidTo AS evValidTo,
       r.evStatedYears AS evStatedYears, r.evTimeWords AS evTimeWords,
       r.firstReported AS firstReported, r.lastReported AS lastReported,
       [(sa)-[s]->(sb) WHERE type(s) = type(r) | {status: s.status, evDocs: s.evDocs, evDates: s.evDates}] AS siblings,
       r.reviewState AS reviewState, r.reviewBy AS reviewBy, r.reviewAt AS reviewAt, r.reviewNote AS reviewNote
ORDER BY type, direction, coalesce(o.nameEn, o.nameZh), r.key
