// The headline question: which targets (e.g. countries) are linked by $via (e.g. ACTIVE_IN) to at least $min
// of the input entities, most shared first, with the evidence of each link.
// params: $ids, $min, $target (label), $via (relation type), $status ('active', 'planned' or 'any'),
//         $review ('any', 'unrejected' or 'accepted': which facts count)
// returns: entity (map), linkedTo (ids), count, links (list of {from, statuses, evDocs, evParas, evQuotes, reviews})
UNWIND $ids AS inputId
MATCH (i:Entity {id: inputId})-[r]->(t:Entity)
WHERE type(r) = $via AND $target IN labels(t)
  AND ($status = 'any' OR r.status IS NULL OR r.status = $status)
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
WITH t, i, collect(r) AS rs
WITH t, collect({from: i.id, statuses: [x IN rs | x.status],
                 evDocs: reduce(a = [], x IN rs | a + x.evDocs), evParas: reduce(a = [], x IN rs | a + x.evParas),
                 evQuotes: reduce(a = [], x IN rs | a + x.evQuotes),
                 reviews: [x IN rs | {reviewState: x.reviewState, reviewBy: x.reviewBy, reviewAt: x.reviewAt,
                                      reviewNote: x.reviewNote}]}) AS links
WHERE size(links) >= $min
RETURN t {.id, .type, .nameEn, .nameZh, .iso3} AS entity, [l IN links | l.from] AS linkedTo, size(links) AS count,
       links
ORDER BY count DESC, coalesce(t.nameEn, t.nameZh)
