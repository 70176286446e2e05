// Every node with its labels and properties, for a full backup. Nodes are keyed by their id property.
// params: none
// returns: labels, props
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id
