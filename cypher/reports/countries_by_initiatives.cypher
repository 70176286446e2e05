// title: Countries by number of initiatives
// description: Countries ranked by how many initiatives, programmes and organisations the corpus says are active (or planned) in them.
// param: status string active Which activity counts: active, planned or any
// param: min int 1 Only countries with at least this many
// columns: country, iso3, nameZh, count, initiatives
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (i:Entity)-[r:ACTIVE_IN]->(c:Country)
WHERE ($status = 'any' OR r.status = $status) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
WITH c, collect(DISTINCT coalesce(i.nameEn, i.nameZh)) AS initiatives
WHERE size(initiatives) >= $min
RETURN c.nameEn AS country, c.iso3 AS iso3, c.nameZh AS nameZh, size(initiatives) AS count, initiatives
ORDER BY count DESC, country
