// The length of the shortest connection between two entities, up to 8 steps, under the same rules as paths.cypher
// (its review, asOf and exclusions); no row when there is none that short.
// params: $from, $to, $review, $asOf, $excludeNodeTypes, $excludeRelationTypes (as in paths.cypher)
// returns: length
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO*..8]-(b))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN $excludeRelationTypes
          AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
          AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf)))
  AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT n.type IN $excludeNodeTypes)
RETURN length(p) AS length
