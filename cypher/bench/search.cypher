// The database search that /api/search ran before the in-memory name index (NameIndex); the benchmark runs it
// beside the API to show what the index saves. Finds entities by name, alias or abbreviation, in Chinese or
// English. Exact name or alias hits rank first, then full-text hits by score.
// params: $lucene (full-text query built from the user's text), $exact (the text, lower-cased), $type (label or
//         null), $limit, $review ('any' keeps entities reviewers rejected; otherwise they leave the hits)
// returns: id, type, nameEn, nameZh, aliases, score
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 4}) YIELD node, score
WHERE ($type IS NULL OR node.type = $type) AND ($review = 'any' OR node.reviewState IS NULL)
WITH node, score + CASE
    WHEN node.nameLower = $exact OR node.nameZh = $exact OR $exact IN node.aliasesLower OR node.id = $exact
    THEN 1000.0 ELSE 0.0 END AS ranked
RETURN node.id AS id, node.type AS type, node.nameEn AS nameEn, node.nameZh AS nameZh,
       node.aliases AS aliases, ranked AS score
ORDER BY score DESC, size(coalesce(node.nameEn, '')) ASC
LIMIT $limit
