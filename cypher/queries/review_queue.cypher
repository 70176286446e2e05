// The review queue: facts in one review state, filtered, what most needs a human first (lowest confidence, then
// facts with discovered entities, then facts stated once), with evidence, the passage of each quote, and a total.
// params: $state ('unreviewed', 'accepted' or 'rejected'), $type (relation type or null), $document (id or null),
//         $minConfidence, $maxConfidence, $offset, $limit
// returns: total, items (list of maps: id, type, status, method, confidence, amount, currency, year, subject,
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
RETURN size(found) AS total,
       [x IN found[$offset..($offset + $limit)] | {
          id: x.r.key, type: type(x.r), status: x.r.status, method: x.r.method, confidence: x.r.confidence,
          amount: x.r.amount, currency: x.r.currency, year: x.r.year,
          subject: x.a {.id, .type, .nameEn, .nameZh, .origin}, object: x.b {.id, .type, .nameEn, .nameZh, .origin},
          evDocs: x.r.evDocs, evPassages: x.r.evPassages, evParas: x.r.evParas, evQuotes: x.r.evQuotes,
          evMethods: x.r.evMethods, evConfidences: x.r.evConfidences,
          passageTexts: [pid IN x.r.evPassages | head([(p:Passage {id: pid}) | p.text])],
          reviewState: x.r.reviewState, reviewBy: x.r.reviewBy, reviewAt: x.r.reviewAt, reviewNote: x.r.reviewNote
       }] AS items
