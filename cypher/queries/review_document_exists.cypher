// Whether a document is in the graph.
// params: $id
// returns: id
MATCH (d:Document {id: $id})
RETURN d.id AS id
