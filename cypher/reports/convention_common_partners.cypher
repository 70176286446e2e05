// title: Partners conventions have in common
// description: Entities that work with two or more conventions (partnership, support, membership, reporting, funding), and which ones.
// param: min int 2 Only partners of at least this many conventions
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: partner, type, conventions, count
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (p:Entity)-[r]-(c:Convention)
WHERE NOT p:Convention AND type(r) IN ['PARTNERS_WITH', 'SUPPORTS', 'MEMBER_OF', 'REPORTS_TO', 'FUNDS', 'LEADS', 'HOSTS']
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf))
WITH p, collect(DISTINCT coalesce(c.nameEn, c.nameZh)) AS conventions
WHERE size(conventions) >= $min
RETURN coalesce(p.nameEn, p.nameZh) AS partner, p.type AS type, conventions, size(conventions) AS count
ORDER BY count DESC, partner
