// For each input entity, the set of targets it is linked to by $via; the caller pairs them up.
// params: $ids, $target (label), $via (relation type), $status, $review ('any', 'unrejected' or 'accepted'),
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: id, targets
UNWIND $ids AS inputId
MATCH (i:Entity {id: inputId})
OPTIONAL MATCH (i)-[r]->(t:Entity)
WHERE type(r) = $via AND $target IN labels(t)
  AND ($status = 'any' OR r.status IS NULL OR r.status = $status)
  AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) AND ($asOf IS NULL OR any(x IN coalesce(r.evDates, []) WHERE x <> '' AND x <= $asOf))
RETURN i.id AS id, collect(DISTINCT t.id) AS targets
