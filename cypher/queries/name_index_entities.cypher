// Every entity's names, for the in-memory name index search answers from (NameIndex): read once per graph version.
// aliases holds the other names in both scripts (and the names reviewers replaced); relations is the entity's
// degree, which breaks ties between equally good hits.
// params: none
// returns: id, type, nameEn, nameZh, aliases, reviewState, relations
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.nameEn AS nameEn, e.nameZh AS nameZh, coalesce(e.aliases, []) AS aliases,
       e.reviewState AS reviewState, COUNT { (e)--() } AS relations
