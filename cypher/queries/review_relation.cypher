// One relation by its id (key), to judge it: its end points' ids, type and status, and its review state.
// params: $id
// returns: subject, type, object, status, reviewState
MATCH (a:Entity)-[r {key: $id}]->(b:Entity)
RETURN a.id AS subject, type(r) AS type, b.id AS object, r.status AS status, r.reviewState AS reviewState
LIMIT 1
