// Links each footnote passage of a document to the paragraph that cites it.
// params: $documentId, $links [{footnoteId, parentId}]
// returns: links
UNWIND $links AS row
MATCH (f:Passage {id: row.footnoteId})
MATCH (p:Passage {id: row.parentId})
MERGE (f)-[:FOOTNOTE_OF]->(p)
RETURN count(*) AS links
