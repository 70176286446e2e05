// Records that the original file of an uploaded document is kept, under the name it was uploaded with.
// params: $documentId, $fileName
// returns: documents
MATCH (d:Document {id: $documentId})
SET d.originalFile = $fileName
RETURN count(d) AS documents
