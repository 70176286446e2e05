// The review queue: facts in one review state, filtered, what most needs a human first (lowest confidence, then
// facts with discovered entities, then facts stated once), with evidence, the passage of each quote, and a total.
// params: $state ('unreviewed', 'accepted' or 'rejected'), $type (relation type or null), $document (id or null),
//         $minConfidence, $maxConfidence, $offset, $limit
// returns: total, items (list of maps: id, type, status, method, confidence, subject,
//          object (maps with origin), evDocs, evPassages, evParas, evQuotes, evMethods, evConfidences, passageTexts,
//          reviewState, reviewBy, reviewAt, reviewNote)
MATCH (a:Entity)-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]->(b:Entity)
WHERE coalesce(r.reviewState, 'unreviewed') = $state
  AND ($type IS NULL OR type(r) = $type)
  AND ($document IS NULL OR $document IN r.evDocs)
  AND r.confidence >= $minConfidence AND r.confidence <= $maxConfidence
WITH a, r, b, CASE WHEN a.origin = 'discovered' THEN 1 ELSE 0 END
              + CASE WHEN b.origin = 'discovered' THEN 1 ELSE 0 END AS discovered
ORDER BY r.confidence, discovered DESC, r.evidenceCount, r.key
WITH collect({a: a, r: r, b: b}) AS found
WITH size(found) AS total, found[$offset..($offset + $limit)] AS page
CALL {
  WITH page
  UNWIND page AS x
  WITH x.a AS a, x.r AS r, x.b AS b
  RETURN collect({
    id: r.key, type: type(r), status: r.status, method: r.method, confidence: r.confidence,
    subject: a {.id, .type, .nameEn, .nameZh, .origin}, object: b {.id, .type, .nameEn, .nameZh, .origin},
    evDocs: r.evDocs, evPassages: r.evPassages, evParas: r.evParas, evQuotes: r.evQuotes,
    evMethods: r.evMethods, evConfidences: r.evConfidences,
    passageTexts: [pid IN r.evPassages | COLLECT { MATCH (p:Passage {id: pid}) RETURN p.text }[0]],
    reviewState: r.reviewState, reviewBy: r.reviewBy, reviewAt: r.reviewAt, reviewNote: r.reviewNote
  }) AS items
}
RETURN total, items
