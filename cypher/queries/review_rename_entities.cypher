// Gives entities the names reviewers chose; the names they had become aliases, so search still finds them.
// params: $rows [{id, nameEn, nameZh}] (a null name keeps the one the entity has)
// returns: renamed
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WITH e, row, [n IN [e.nameEn, e.nameZh] WHERE n IS NOT NULL AND NOT n IN [row.nameEn, row.nameZh]
                                        AND NOT n IN coalesce(e.aliases, [])] AS old
SET e.nameEn = coalesce(row.nameEn, e.nameEn), e.nameZh = coalesce(row.nameZh, e.nameZh),
    e.aliases = coalesce(e.aliases, []) + old,
    e.aliasesLower = coalesce(e.aliasesLower, []) + [n IN old | toLower(n)],
    e.nameLower = toLower(coalesce(coalesce(row.nameEn, e.nameEn), ''))
SET e.searchText = e.nameLower + '\n' + coalesce(e.nameZh, '') + reduce(s = '', a IN e.aliasesLower | s + '\n' + a)
RETURN count(e) AS renamed
