// The passage of a document that contains a quote (the named paragraph first): the check a correction or an
// added relation must pass, the same one the curated loader makes.
// params: $documentId, $quote, $para (or null)
// returns: passageId, para
MATCH (d:Document {id: $documentId})-[:HAS_PASSAGE]->(p:Passage)
WHERE p.text CONTAINS $quote
RETURN p.id AS passageId, p.label AS para
ORDER BY CASE WHEN p.label = $para THEN 0 ELSE 1 END, p.ordinal
LIMIT 1
