// title: Relations lacking strong evidence
// description: Relations found by rules only, stated in a single passage, with confidence at or below a threshold: the ones to check by hand first.
// param: maxConfidence float 0.8 Show relations whose best confidence is at most this
// columns: subject, relation, object, confidence, document, para, quote
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.method = 'rule' AND r.evidenceCount = 1 AND r.confidence <= $maxConfidence AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
RETURN coalesce(a.nameEn, a.nameZh) AS subject, type(r) AS relation, coalesce(b.nameEn, b.nameZh) AS object,
       r.confidence AS confidence, r.evDocs[0] AS document, r.evParas[0] AS para, r.evQuotes[0] AS quote
ORDER BY confidence, subject
