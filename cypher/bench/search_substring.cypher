// Benchmark only (see search.cypher). Fallback for text the full-text analyzer cannot split (single CJK characters, partial Latin words):
// a substring search over names and aliases. The searchText test is answered by the entity_search_text index and
// only narrows the candidates; the test after it decides, as before.
// params: $exact (lower-cased text), $type (label or null), $limit, $review ('any' keeps entities reviewers
//         rejected; otherwise they leave the hits)
// returns: id, type, nameEn, nameZh, aliases, score
MATCH (node:Entity)
WHERE node.searchText CONTAINS toString($exact)
  AND ($type IS NULL OR node.type = $type) AND ($review = 'any' OR node.reviewState IS NULL)
  AND (node.nameLower CONTAINS $exact OR node.nameZh CONTAINS $exact
       OR any(a IN node.aliasesLower WHERE a CONTAINS $exact))
RETURN node.id AS id, node.type AS type, node.nameEn AS nameEn, node.nameZh AS nameZh,
       node.aliases AS aliases,
       CASE WHEN node.nameLower = $exact OR node.nameZh = $exact OR $exact IN node.aliasesLower
            THEN 1000.0 ELSE 1.0 END AS score
ORDER BY score DESC, size(coalesce(node.nameEn, '')) ASC
LIMIT $limit
