// title: Most connected entities
// description: Entities with the most typed relations (in and out), with how many passages mention them.
// param: type string any Entity type to list (Organisation, Convention, Initiative, Country, Region) or any
// param: limit int 25 How many to list
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: entity, type, relations, passages
// asOf (every report): $asOf is the last day that counts (ISO) or null; only relations reported by then count
MATCH (e:Entity)
WHERE ($type = 'any' OR e.type = $type)
  AND ($review = 'any' OR e.reviewState IS NULL)
WITH e, COUNT { MATCH (e)-[r]-(:Entity) WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(day IN coalesce(r.evDates, []) WHERE day <> '' AND day <= $asOf)) } AS relations
WHERE relations > 0
RETURN coalesce(e.nameEn, e.nameZh) AS entity, e.type AS type, relations,
       COUNT { (e)<-[:MENTIONS]-(:Passage) } AS passages
ORDER BY relations DESC, entity
LIMIT $limit
