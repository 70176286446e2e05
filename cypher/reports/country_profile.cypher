// title: Country synergy profile
// description: Every convention, initiative, organisation and funder the corpus links to one country, by relation.
// param: id id country:CRI The country
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: relation, direction, type, entity, status, documents, review
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (c:Country {id: $id})-[r]-(e:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf))
RETURN type(r) AS relation, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction, e.type AS type,
       coalesce(e.nameEn, e.nameZh) AS entity, r.status AS status, r.evDocs AS documents,
       {state: coalesce(r.reviewState, 'unreviewed'), by: r.reviewBy, at: r.reviewAt, note: r.reviewNote} AS review
ORDER BY type, entity
