// Typed relations among the exported entities, with all evidence.
// params: $ids (the exported entity ids), $review ('any', 'unrejected' or 'accepted'),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: id, source, target, type, status, method, confidence, amount, currency, year, evDocs, evPassages,
//          evParas, evQuotes, evMethods, evConfidences, evDates, evValidFrom, evValidTo, evStatedYears, evTimeWords,
//          firstReported, lastReported, reviewState, reviewBy, reviewAt, reviewNote
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
RETURN r.key AS id, a.id AS source, b.id AS target, type(r) AS type, r.status AS status, r.method AS method,
       r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences, r.evDates AS evDates, r.evValidFrom AS evValidFrom, r.evValidTo AS evValidTo,
       r.evStatedYears AS evStatedYears, r.evTimeWords AS evTimeWords,
       r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.reviewState AS reviewState, r.reviewBy AS reviewBy, r.reviewAt AS reviewAt, r.reviewNote AS reviewNote
ORDER BY source, type, target
