// title: Initiatives sharing countries with a given one
// description: Other entities active in the same countries as the given initiative, with the countries they share.
// param: id id initiative:recsoil The initiative (or any entity with ACTIVE_IN relations)
// columns: other, type, shared, countries
MATCH (a:Entity {id: $id})-[:ACTIVE_IN]->(c:Country)<-[:ACTIVE_IN]-(o:Entity)
WHERE o <> a
WITH o, collect(DISTINCT coalesce(c.nameEn, c.nameZh)) AS countries
RETURN coalesce(o.nameEn, o.nameZh) AS other, o.type AS type, size(countries) AS shared, countries
ORDER BY shared DESC, other
