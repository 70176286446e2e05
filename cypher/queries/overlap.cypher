// For each input entity, the set of targets it is linked to by $via; the caller pairs them up.
// params: $ids, $target (label), $via (relation type), $status
// returns: id, targets
UNWIND $ids AS inputId
MATCH (i:Entity {id: inputId})
OPTIONAL MATCH (i)-[r]->(t:Entity)
WHERE type(r) = $via AND $target IN labels(t)
  AND ($status = 'any' OR r.status IS NULL OR r.status = $status)
RETURN i.id AS id, collect(DISTINCT t.id) AS targets
