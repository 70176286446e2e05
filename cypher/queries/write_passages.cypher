// Creates a document's passages in order, linked from the document.
// params: $documentId, $passages [{id, ordinal, label, kind, text, parentLabel, page}] (page null without pages)
// returns: passages
MATCH (d:Document {id: $documentId})
UNWIND $passages AS row
CREATE (p:Passage {id: row.id, documentId: $documentId, ordinal: row.ordinal, label: row.label,
                   kind: row.kind, text: row.text, page: row.page})
CREATE (d)-[:HAS_PASSAGE]->(p)
RETURN count(p) AS passages
