// title: Organisations bridging conventions
// description: Organisations ranked by how many distinct conventions they are linked to, directly or through one initiative they lead, support or fund: a simple, explainable bridging measure.
// param: limit int 25 How many organisations to list
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: organisation, conventions, count, via
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (o:Organisation)-[r1]-(x:Entity)
WHERE type(r1) IN ['PARTNERS_WITH', 'SUPPORTS', 'LEADS', 'FUNDS', 'MEMBER_OF', 'REPORTS_TO', 'HOSTS']
  AND ($review = 'any' OR r1.reviewState = 'accepted' OR ($review = 'unrejected' AND r1.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r1.evDates, []) WHERE day <> '' AND day <= $asOf))
OPTIONAL MATCH (x)-[r2]-(c2:Convention)
WHERE NOT x:Convention AND type(r2) IN ['PARTNERS_WITH', 'SUPPORTS', 'LEADS', 'FUNDS', 'MEMBER_OF', 'REPORTS_TO', 'HOSTS']
  AND ($review = 'any' OR r2.reviewState = 'accepted' OR ($review = 'unrejected' AND r2.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r2.evDates, []) WHERE day <> '' AND day <= $asOf))
WITH o, CASE WHEN x:Convention THEN x ELSE c2 END AS c, CASE WHEN x:Convention THEN null ELSE x END AS via
WHERE c IS NOT NULL
WITH o, collect(DISTINCT coalesce(c.nameEn, c.nameZh)) AS conventions, collect(DISTINCT coalesce(via.nameEn, via.nameZh)) AS via
WHERE size(conventions) >= 2
RETURN coalesce(o.nameEn, o.nameZh) AS organisation, conventions, size(conventions) AS count, via
ORDER BY count DESC, organisation
LIMIT $limit
