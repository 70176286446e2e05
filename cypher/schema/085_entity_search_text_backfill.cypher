// Gives searchText to entities written before it existed (their documents are unchanged, so ingest does not
// rewrite them). Idempotent; on an up-to-date graph it only reads the entities.
MATCH (e:Entity)
WHERE e.searchText IS NULL
SET e.searchText = toLower(coalesce(e.nameEn, '')) + '\n' + coalesce(e.nameZh, '')
    + reduce(s = '', a IN coalesce(e.aliasesLower, []) | s + '\n' + a)
