// title: Funders and what they fund
// description: Every entity the corpus says gives money, what it funds, the amount and year when stated, and where it is said; a joint amount stated for several funders together shows on each with amountShared true and its co-funders, so add it up once per joint statement, not once per funder.
// columns: funder, funded, amount, currency, amountShared, coFunders, year, documents, paras
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (f:Funder)-[r:FUNDS]->(x:Entity)
WHERE ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
RETURN coalesce(f.nameEn, f.nameZh) AS funder, coalesce(x.nameEn, x.nameZh) AS funded, r.amount AS amount,
       r.currency AS currency, coalesce(r.amountShared, false) AS amountShared, coalesce(r.coFunders, []) AS coFunders,
       r.year AS year, r.evDocs AS documents, r.evParas AS paras
ORDER BY funder, funded
