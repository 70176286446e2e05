// The headline question: which targets (e.g. countries) are linked by $via (e.g. ACTIVE_IN) to at least $min
// of the input entities, most shared first, with the evidence of each link. A link's status is the status of its
// latest reported fact (by $asOf when given): planned in 2011 and active in 2013 is active, and counts as planned
// only as of 2011 or 2012.
// params: $ids, $min, $target (label), $via (relation type), $status ('active', 'planned' or 'any'),
//         $review ('any', 'unrejected' or 'accepted': which facts count),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: entity (map), linkedTo (ids), count, links (list of {from, status, statuses, evDocs, evPassages, evDates,
//          evParas, evQuotes, reviews})
UNWIND $ids AS inputId
MATCH (i:Entity {id: inputId})-[r]->(t:Entity)
WHERE type(r) = $via AND $target IN labels(t)
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
  AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
WITH t, i, r, reduce(m = '', x IN coalesce(r.evDates, []) |
                     CASE WHEN x <> '' AND ($asOf IS NULL OR x <= $asOf) AND x > m THEN x ELSE m END) AS latest
ORDER BY latest, CASE coalesce(r.status, 'active') WHEN 'planned' THEN 0 ELSE 1 END
WITH t, i, collect(r) AS reported
WITH t, i, coalesce(last(reported).status, 'active') AS current, reported
WHERE $status = 'any' OR current = $status
WITH t, i, current, [x IN reported WHERE $status = 'any' OR coalesce(x.status, 'active') = $status] AS rs
WITH t, collect({from: i.id, status: current, statuses: [x IN rs | x.status],
                 evDocs: reduce(a = [], x IN rs | a + x.evDocs),
                 evPassages: reduce(a = [], x IN rs | a + [k IN range(0, size(x.evDocs) - 1) | x.evPassages[k]]),
                 evDates: reduce(a = [], x IN rs | a + [k IN range(0, size(x.evDocs) - 1) | coalesce(x.evDates[k], '')]),
                 evParas: reduce(a = [], x IN rs | a + x.evParas),
                 evQuotes: reduce(a = [], x IN rs | a + x.evQuotes),
                 reviews: [x IN rs | {reviewState: x.reviewState, reviewBy: x.reviewBy, reviewAt: x.reviewAt,
                                      reviewNote: x.reviewNote}]}) AS links
WHERE size(links) >= $min
RETURN t {.id, .type, .nameEn, .nameZh, .iso3} AS entity, [l IN links | l.from] AS linkedTo, size(links) AS count,
       links
ORDER BY count DESC, coalesce(t.nameEn, t.nameZh)
