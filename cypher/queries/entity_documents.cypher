// The documents that mention an entity, with how often.
// params: $id
// returns: id, title, mentions
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
RETURN d.id AS id, d.title AS title, sum(m.count) AS mentions
ORDER BY mentions DESC, id
