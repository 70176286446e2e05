// title: Funders and what they fund
// description: Every entity the corpus says gives money, what it funds, the amount and year when stated, and where it is said; a joint amount stated for several funders together shows on each with amountShared true and its co-funders, so add it up once per joint statement, not once per funder.
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: funder, funded, amount, currency, amountShared, coFunders, year, documents, paras, review
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (f:Funder)-[r:FUNDS]->(x:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf))
RETURN coalesce(f.nameEn, f.nameZh) AS funder, coalesce(x.nameEn, x.nameZh) AS funded, r.amount AS amount,
       r.currency AS currency, coalesce(r.amountShared, false) AS amountShared, coalesce(r.coFunders, []) AS coFunders,
       r.year AS year, r.evDocs AS documents, r.evParas AS paras,
       {state: coalesce(r.reviewState, 'unreviewed'), by: r.reviewBy, at: r.reviewAt, note: r.reviewNote} AS review
ORDER BY funder, funded
