// Benchmark set-up only: the initiatives with the most active ACTIVE_IN links (then any others, by id), to use
// as inputs of the shared, overlap, path, entity and neighbourhood cases.
// params: $limit
// returns: id, links
MATCH (i:Initiative)
OPTIONAL MATCH (i)-[r:ACTIVE_IN {status: 'active'}]->(:Country)
RETURN i.id AS id, count(r) AS links
ORDER BY links DESC, id
LIMIT $limit
