// Links passages to the entities they name, one MENTIONS per passage and entity, with every offset.
// params: $mentions [{passageId, entityId, starts, ends, surfaces}]
// returns: mentions
UNWIND $mentions AS row
MATCH (p:Passage {id: row.passageId})
MATCH (e:Entity {id: row.entityId})
CREATE (p)-[m:MENTIONS {starts: row.starts, ends: row.ends, surfaces: row.surfaces, count: size(row.starts)}]->(e)
RETURN count(m) AS mentions
