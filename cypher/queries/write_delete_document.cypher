// Deletes a Document node once write_detach_document has taken away its passages, mentions and evidence.
// params: $documentId
// returns: documents (1 when it was there, 0 otherwise)
MATCH (d:Document {id: $documentId})
DETACH DELETE d
RETURN count(*) AS documents
