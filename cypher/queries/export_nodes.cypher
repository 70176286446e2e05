// Entities to export: all of them ($ids null), or the given ones and everything within $depth typed relations.
// params: $ids (list or null), $depth (0-3), $limit
// returns: node (map), labels
CALL {
  WITH 1 AS one
  WITH one WHERE $ids IS NULL
  MATCH (e:Entity)
  RETURN e
  UNION
  WITH 1 AS one
  WITH one WHERE $ids IS NOT NULL
  MATCH (s:Entity) WHERE s.id IN $ids
  MATCH p = (s)-[:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO*0..3]-(e:Entity)
  WHERE length(p) <= $depth
  RETURN DISTINCT e
}
WITH DISTINCT e ORDER BY e.id LIMIT $limit
RETURN e {.id, .type, .nameEn, .nameZh, .aliases, .iso3, .wikidata, .source} AS node,
       [l IN labels(e) WHERE l <> 'Entity'] AS labels
