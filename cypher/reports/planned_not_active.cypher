// title: Planned but not yet active
// description: Activity the corpus describes as planned (计划, 打算, 即将; plans to, will) where no passage says it has started.
// columns: entity, country, document, para, quote
MATCH (a:Entity)-[r:ACTIVE_IN {status: 'planned'}]->(c:Entity)
WHERE NOT EXISTS { (a)-[:ACTIVE_IN {status: 'active'}]->(c) }
RETURN coalesce(a.nameEn, a.nameZh) AS entity, coalesce(c.nameEn, c.nameZh) AS country,
       r.evDocs[0] AS document, r.evParas[0] AS para, r.evQuotes[0] AS quote
ORDER BY entity, country
