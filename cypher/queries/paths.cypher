// Connections between two entities over typed relations (in either direction), up to 6 steps, each entity at most
// once; the caller keeps those within maxLength, ranks them by how informative they are and keeps the best.
// Passages and documents are not part of paths.
// params: $from, $to, $maxLength, $candidates (most paths to return, shortest first),
//         $review ('any', 'unrejected' or 'accepted': which facts a path may use),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts),
//         $excludeNodeTypes, $excludeRelationTypes (lists, may be empty: entities between the two ends, and
//         relations, that a path may not use)
// returns: nodes (list of maps), edges (list of maps), length
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a)-[:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO*1..6]-(b)
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE NOT type(r) IN $excludeRelationTypes
          AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
          AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf)))
  AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT n.type IN $excludeNodeTypes)
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p ORDER BY length(p) LIMIT $candidates
RETURN [n IN nodes(p) | n {.id, .type, .nameEn, .nameZh, labels: [l IN labels(n) WHERE l <> 'Entity']}] AS nodes,
       [r IN relationships(p) | {id: r.key, source: startNode(r).id, target: endNode(r).id, type: type(r),
                                 status: r.status, method: r.method, confidence: r.confidence,
                                 evidenceCount: r.evidenceCount, reviewState: r.reviewState, reviewBy: r.reviewBy,
                                 reviewAt: r.reviewAt, reviewNote: r.reviewNote,
                     firstReported: r.firstReported, lastReported: r.lastReported}] AS edges,
       length(p) AS length
