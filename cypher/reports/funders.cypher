// title: Funders and what they fund
// description: Every entity the corpus says gives money, what it funds, the amount and year when stated, and where it is said.
// columns: funder, funded, amount, currency, year, documents, paras
MATCH (f:Funder)-[r:FUNDS]->(x:Entity)
RETURN coalesce(f.nameEn, f.nameZh) AS funder, coalesce(x.nameEn, x.nameZh) AS funded, r.amount AS amount,
       r.currency AS currency, r.year AS year, r.evDocs AS documents, r.evParas AS paras
ORDER BY funder, funded
