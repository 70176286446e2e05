// title: Countries by number of initiatives
// description: Countries ranked by how many initiatives, programmes and organisations the corpus says are active (or planned) in them.
// param: status string active Which activity counts: active, planned or any
// param: min int 1 Only countries with at least this many
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: country, iso3, nameZh, count, initiatives
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (i:Entity)-[r:ACTIVE_IN]->(c:Country)
WHERE ($status = 'any' OR r.status = $status)
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf))
WITH c, collect(DISTINCT coalesce(i.nameEn, i.nameZh)) AS initiatives
WHERE size(initiatives) >= $min
RETURN c.nameEn AS country, c.iso3 AS iso3, c.nameZh AS nameZh, size(initiatives) AS count, initiatives
ORDER BY count DESC, country
