// The entities within $depth typed relations of an entity (depth 1 or 2), optionally only some relation types.
// At most $limit neighbours; the edges among the returned nodes come with them. Patterns name the typed relations
// so that hubs are not walked through their (many) incoming MENTIONS from passages.
// params: $id, $depth (1|2), $types (list of relation types or null for all), $limit,
//         $review ('any', 'unrejected' or 'accepted': which facts count),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: nodes (list of maps), edges (list of maps), capped
MATCH (c:Entity {id: $id})
CALL {
  WITH c
  CALL {
    WITH c
    MATCH (c)-[r1:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(n1:Entity)
    WHERE ($types IS NULL OR type(r1) IN $types) AND ($review = 'any' OR r1.reviewState = 'accepted' OR ($review = 'unrejected' AND r1.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r1.evDates, []) WHERE x <> '' AND x <= $asOf))
    RETURN DISTINCT n1 AS n, 1 AS hop
    UNION
    WITH c
    MATCH (c)-[r1:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(:Entity)-[r2:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(n2:Entity)
    WHERE $depth >= 2 AND n2 <> c
      AND ($types IS NULL OR (type(r1) IN $types AND type(r2) IN $types))
      AND ($review = 'any' OR r1.reviewState = 'accepted' OR ($review = 'unrejected' AND r1.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r1.evDates, []) WHERE x <> '' AND x <= $asOf)) AND ($review = 'any' OR r2.reviewState = 'accepted' OR ($review = 'unrejected' AND r2.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r2.evDates, []) WHERE x <> '' AND x <= $asOf))
    RETURN DISTINCT n2 AS n, 2 AS hop
  }
  WITH n, min(hop) AS hop
  ORDER BY hop, n.id
  // An aggregate in a subquery always gives one row, so an entity without (matching) neighbours still comes back.
  RETURN collect(n) AS found
}
WITH c, found[0..$limit] AS kept, size(found) > $limit AS capped
WITH c + kept AS nodes, capped
UNWIND nodes AS a
OPTIONAL MATCH (a)-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]->(b:Entity)
WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
WITH nodes, capped, collect(DISTINCT r) AS rels
RETURN [n IN nodes | n {.id, .type, .nameEn, .nameZh, labels: [l IN labels(n) WHERE l <> 'Entity']}] AS nodes,
       [r IN rels | {id: r.key, source: startNode(r).id, target: endNode(r).id, type: type(r), status: r.status,
                     method: r.method, confidence: r.confidence, evidenceCount: r.evidenceCount,
                     reviewState: r.reviewState, reviewBy: r.reviewBy, reviewAt: r.reviewAt, reviewNote: r.reviewNote,
                     firstReported: r.firstReported, lastReported: r.lastReported}] AS edges,
       capped
