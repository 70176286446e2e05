// Every node and relationship with its labels or type and all its properties, for a before/after checksum.
// params: none
// returns: kind, id, tags (labels or [type]), props
MATCH (n)
RETURN 'node' AS kind, elementId(n) AS id, labels(n) AS tags, properties(n) AS props
UNION ALL
MATCH ()-[r]->()
RETURN 'rel' AS kind, elementId(r) AS id, [type(r)] AS tags, properties(r) AS props
