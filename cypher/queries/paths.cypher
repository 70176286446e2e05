// Shortest connections between two entities over typed relations (in either direction), up to 6 steps;
// the caller keeps those within maxLength. Passages and documents are not part of paths.
// params: $from, $to, $maxLength, $limit, $review ('any', 'unrejected' or 'accepted': which facts a path may use),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: nodes (list of maps), edges (list of maps), length
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO*..6]-(b))
WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf)))
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .type, .nameEn, .nameZh, labels: [l IN labels(n) WHERE l <> 'Entity']}] AS nodes,
       [r IN relationships(p) | {id: r.key, source: startNode(r).id, target: endNode(r).id, type: type(r),
                                 status: r.status, method: r.method, confidence: r.confidence,
                                 evidenceCount: r.evidenceCount, reviewState: r.reviewState, reviewBy: r.reviewBy,
                                 reviewAt: r.reviewAt, reviewNote: r.reviewNote,
                     firstReported: r.firstReported, lastReported: r.lastReported}] AS edges,
       length(p) AS length
ORDER BY length
