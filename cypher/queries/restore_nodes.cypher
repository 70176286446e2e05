// Recreates nodes from a backup.
// params: $nodes [{labels, props}]
// returns: nodes
UNWIND $nodes AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN count(n) AS nodes
