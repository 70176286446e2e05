// title: Initiatives sharing countries with a given one
// description: Other entities active in the same countries as the given initiative, with the countries they share.
// param: id id initiative:recsoil The initiative (or any entity with ACTIVE_IN relations)
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: other, type, shared, countries
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (a:Entity {id: $id})-[r1:ACTIVE_IN]->(c:Country)<-[r2:ACTIVE_IN]-(o:Entity)
WHERE o <> a AND ($review = 'any' OR r1.reviewState = 'accepted' OR ($review = 'unrejected' AND r1.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r1.evDates, []) WHERE day <> '' AND day <= $asOf)) AND ($review = 'any' OR r2.reviewState = 'accepted' OR ($review = 'unrejected' AND r2.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r2.evDates, []) WHERE day <> '' AND day <= $asOf))
WITH o, collect(DISTINCT coalesce(c.nameEn, c.nameZh)) AS countries
RETURN coalesce(o.nameEn, o.nameZh) AS other, o.type AS type, size(countries) AS shared, countries
ORDER BY shared DESC, other
