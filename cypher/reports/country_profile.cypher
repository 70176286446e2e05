// title: Country synergy profile
// description: Every convention, initiative, organisation and funder the corpus links to one country, by relation.
// param: id id country:CRI The country
// columns: relation, direction, type, entity, status, documents
MATCH (c:Country {id: $id})-[r]-(e:Entity)
RETURN type(r) AS relation, CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction, e.type AS type,
       coalesce(e.nameEn, e.nameZh) AS entity, r.status AS status, r.evDocs AS documents
ORDER BY type, entity
