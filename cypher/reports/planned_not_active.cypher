// title: Planned but not yet active
// description: Activity the corpus describes as planned (计划, 打算, 即将; plans to, will) where no passage says it has started (a rejected statement that it has started does not count).
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: entity, country, document, para, quote, review
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (a:Entity)-[r:ACTIVE_IN {status: 'planned'}]->(c:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf))
  AND NOT EXISTS { MATCH (a)-[x:ACTIVE_IN {status: 'active'}]->(c) WHERE ($review = 'any' OR coalesce(x.reviewState, '') <> 'rejected')
                   AND ($asOf IS NULL OR any(day IN coalesce(x.evDates, []) WHERE day <> '' AND day <= $asOf)) }
RETURN coalesce(a.nameEn, a.nameZh) AS entity, coalesce(c.nameEn, c.nameZh) AS country,
       r.evDocs[0] AS document, r.evParas[0] AS para, r.evQuotes[0] AS quote,
       {state: coalesce(r.reviewState, 'unreviewed'), by: r.reviewBy, at: r.reviewAt, note: r.reviewNote} AS review
ORDER BY entity, country
