// One relation by its id (its key), with all its evidence and the titles of the documents.
// params: $id
// returns: id, source, target, type, status, method, confidence, amount, currency, year, evDocs, evPassages,
//          evParas, evPages, evQuotes, evMethods, evConfidences, evDates, evValidFrom, evValidTo, evStatedYears,
//          evTimeWords, firstReported, lastReported, titles, reviewState, reviewBy, reviewAt, reviewNote
MATCH (a:Entity)-[r {key: $id}]->(b:Entity)
WITH a, r, b LIMIT 1
OPTIONAL MATCH (d:Document) WHERE d.id IN r.evDocs
WITH a, r, b, collect([d.id, d.title]) AS titles
RETURN r.key AS id, a.id AS source, b.id AS target, type(r) AS type, r.status AS status, r.method AS method,
       r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evPages AS evPages, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences, r.evDates AS evDates, r.evValidFrom AS evValidFrom, r.evValidTo AS evValidTo,
       r.evStatedYears AS evStatedYears, r.evTimeWords AS evTimeWords, titles,
       r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.reviewState AS reviewState, r.reviewBy AS reviewBy, r.reviewAt AS reviewAt, r.reviewNote AS reviewNote
