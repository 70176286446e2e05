// One page of the documents that mention an entity, most mentions first, and how many there are in all.
// params: $id, $offset, $limit
// returns: total, documents (list of {id, title, date, mentions}; date null when undated)
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
WITH d, sum(m.count) AS mentions ORDER BY mentions DESC, d.id
WITH collect({id: d.id, title: d.title, date: d.date, mentions: mentions}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS documents
