// Typed relations among the exported entities, with all evidence.
// params: $ids (the exported entity ids)
// returns: id, source, target, type, status, method, confidence, amount, currency, year, evDocs, evPassages,
//          evParas, evQuotes, evMethods, evConfidences
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN r.key AS id, a.id AS source, b.id AS target, type(r) AS type, r.status AS status, r.method AS method,
       r.confidence AS confidence, r.amount AS amount, r.currency AS currency, r.year AS year,
       r.evDocs AS evDocs, r.evPassages AS evPassages, r.evParas AS evParas, r.evQuotes AS evQuotes,
       r.evMethods AS evMethods, r.evConfidences AS evConfidences
ORDER BY source, type, target
