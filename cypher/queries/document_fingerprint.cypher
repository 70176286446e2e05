// The fingerprint of what the graph holds for a document, to decide whether it must be written again.
// params: $id
// returns: extractionHash
MATCH (d:Document {id: $id})
RETURN d.extractionHash AS extractionHash
