// Every relationship with its type, end points (by id) and properties, for a full backup.
// params: none
// returns: type, source, target, props
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY source, type, target
