// title: Country synergy profile
// description: Every convention, initiative, organisation and funder the corpus links to one country, by relation.
// param: id id country:CRI The country
// columns: relation, direction, type, entity, status, documents
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (c:Country {id: $id})-[r]-(e:Entity)
WHERE ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
RETURN type(r) AS relation, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction, e.type AS type,
       coalesce(e.nameEn, e.nameZh) AS entity, r.status AS status, r.evDocs AS documents
ORDER BY type, entity
