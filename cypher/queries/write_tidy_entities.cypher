// After a document is written: entities that give money carry the Funder label, and entities no passage
// mentions and no relation touches any more are removed.
// params: $entityIds
// returns: removed
UNWIND $entityIds AS eid
MATCH (e:Entity {id: eid})
CALL {
  WITH e
  WITH e WHERE EXISTS { (e)-[:FUNDS]->() }
  SET e:Funder
}
CALL {
  WITH e
  WITH e WHERE NOT EXISTS { (e)-[:FUNDS]->() }
  REMOVE e:Funder
}
WITH e WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS removed
