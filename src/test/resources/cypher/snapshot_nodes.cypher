// Test support: every node with its labels and properties, for comparing whole graphs.
MATCH (n) RETURN labels(n) AS labels, properties(n) AS props
