// How many relations of each type and direction an entity has, counting only the facts a review filter keeps:
// the entity page's group headers when review is 'unrejected' or 'accepted' (entity_relation_groups.cypher, which
// reads the degrees Neo4j keeps, answers review=any).
// params: $id, $review ('unrejected' or 'accepted'),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: type, direction, total (groups with total > 0 only, ordered by type, then 'in' before 'out')
MATCH (e:Entity {id: $id})-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
WITH type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, count(r) AS total
RETURN type, direction, total
ORDER BY type, direction
