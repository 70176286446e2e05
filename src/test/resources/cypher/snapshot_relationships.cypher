// Test support: every relationship with its type, end points (by id property) and properties.
MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
