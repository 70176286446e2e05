// A document's passages in order, each with the entities it mentions and where.
// params: $id
// returns: passage (map), mentions (list of maps)
MATCH (:Document {id: $id})-[:HAS_PASSAGE]->(p:Passage)
OPTIONAL MATCH (p)-[m:MENTIONS]->(e:Entity)
WITH p, collect({entityId: e.id, type: e.type, nameEn: e.nameEn, nameZh: e.nameZh, starts: m.starts,
                 ends: m.ends}) AS ms
OPTIONAL MATCH (p)-[:FOOTNOTE_OF]->(parent:Passage)
RETURN p {.id, .ordinal, .label, .kind, .text, .page, parentId: parent.id} AS passage,
       [x IN ms WHERE x.entityId IS NOT NULL] AS mentions
ORDER BY p.ordinal
