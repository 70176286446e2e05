// title: Relations lacking strong evidence
// description: Relations found by rules only, stated in a single passage, with confidence at or below a threshold: the ones to check by hand first.
// param: maxConfidence float 0.8 Show relations whose best confidence is at most this
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: subject, relation, object, confidence, document, para, quote, review
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.method = 'rule' AND r.evidenceCount = 1 AND r.confidence <= $maxConfidence
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf))
RETURN coalesce(a.nameEn, a.nameZh) AS subject, type(r) AS relation, coalesce(b.nameEn, b.nameZh) AS object,
       r.confidence AS confidence, r.evDocs[0] AS document, r.evParas[0] AS para, r.evQuotes[0] AS quote,
       {state: coalesce(r.reviewState, 'unreviewed'), by: r.reviewBy, at: r.reviewAt, note: r.reviewNote} AS review
ORDER BY confidence, subject
