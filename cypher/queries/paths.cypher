// Candidate connections between two entities over typed relations (in either direction), within maxLength steps:
// the shortest ones (allShortestPaths, any relation type that is not excluded), and the shortest ones over typed
// organisational links only (FUNDS, PARTNERS_WITH, MEMBER_OF, LEADS, HOSTS, SUPPORTS, REPORTS_TO: no ACTIVE_IN), which
// may be longer. Both are breadth-first searches with the filters applied as they go (no enumeration of every path);
// the caller ranks them by how informative they are and keeps the best. Passages and documents are not part of paths.
// params: $from, $to, $maxLength (1..8), $candidates (most paths each search returns),
//         $review ('any', 'unrejected' or 'accepted': which facts a path may use),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts),
//         $excludeNodeTypes, $excludeRelationTypes (lists, may be empty: entities between the two ends, and
//         relations, that a path may not use)
// returns: nodes (list of maps), edges (list of maps), length
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO*1..8]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN $excludeRelationTypes
          AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
          AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf)))
  AND all(n IN nodes(p) WHERE n.id = $from OR n.id = $to OR NOT n.type IN $excludeNodeTypes)
WITH p LIMIT $candidates
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n {.id, .type, .nameEn, .nameZh, labels: [l IN labels(n) WHERE l <> 'Entity']}] AS nodes,
       [r IN relationships(p) | {id: r.key, source: startNode(r).id, target: endNode(r).id, type: type(r),
                                 status: r.status, method: r.method, confidence: r.confidence,
                                 evidenceCount: r.evidenceCount, reviewState: r.reviewState, reviewBy: r.reviewBy,
                                 reviewAt: r.reviewAt, reviewNote: r.reviewNote,
                     firstReported: r.firstReported, lastReported: r.lastReported}] AS edges,
       length(p) AS length
UNION
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO*1..8]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN $excludeRelationTypes
          AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
          AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf)))
  AND all(n IN nodes(p) WHERE n.id = $from OR n.id = $to OR NOT n.type IN $excludeNodeTypes)
WITH p LIMIT $candidates
WHERE length(p) <= $maxLength
RETURN [n IN nodes(p) | n {.id, .type, .nameEn, .nameZh, labels: [l IN labels(n) WHERE l <> 'Entity']}] AS nodes,
       [r IN relationships(p) | {id: r.key, source: startNode(r).id, target: endNode(r).id, type: type(r),
                                 status: r.status, method: r.method, confidence: r.confidence,
                                 evidenceCount: r.evidenceCount, reviewState: r.reviewState, reviewBy: r.reviewBy,
                                 reviewAt: r.reviewAt, reviewNote: r.reviewNote,
                     firstReported: r.firstReported, lastReported: r.lastReported}] AS edges,
       length(p) AS length
