// Recreates relationships from a backup; end points are found by id among entities, documents and passages.
// params: $relationships [{type, source, target, props}]
// returns: relationships
UNWIND $relationships AS row
OPTIONAL MATCH (ea:Entity {id: row.source})
OPTIONAL MATCH (da:Document {id: row.source})
OPTIONAL MATCH (pa:Passage {id: row.source})
OPTIONAL MATCH (eb:Entity {id: row.target})
OPTIONAL MATCH (db:Document {id: row.target})
OPTIONAL MATCH (pb:Passage {id: row.target})
WITH row, coalesce(ea, da, pa) AS a, coalesce(eb, db, pb) AS b
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS relationships
