// title: Planned but not yet active
// description: Activity the corpus describes as planned (计划, 打算, 即将; plans to, will) where no passage says it has started.
// columns: entity, country, document, para, quote
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (a:Entity)-[r:ACTIVE_IN {status: 'planned'}]->(c:Entity)
WHERE ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
  AND NOT EXISTS { MATCH (a)-[s:ACTIVE_IN {status: 'active'}]->(c) WHERE ($asOf IS NULL OR any(x IN coalesce(s.evDates, []) WHERE x <> '' AND x <= $asOf)) }
RETURN coalesce(a.nameEn, a.nameZh) AS entity, coalesce(c.nameEn, c.nameZh) AS country,
       r.evDocs[0] AS document, r.evParas[0] AS para, r.evQuotes[0] AS quote
ORDER BY entity, country
