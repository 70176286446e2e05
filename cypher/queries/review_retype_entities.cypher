// Gives entities the type reviewers chose: the type property and its label.
// params: $rows [{id, entityType}] (a label: Organisation, Convention, Initiative, Country or Region)
// returns: retyped
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE e.type <> row.entityType
REMOVE e:$(e.type)
SET e.type = row.entityType
SET e:$(row.entityType)
RETURN count(e) AS retyped
