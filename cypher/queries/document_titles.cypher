// The titles and symbols of some documents, for the evidence items that cite them.
// params: $ids (list of document ids)
// returns: id, title, symbol (null when the document has none)
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.symbol AS symbol
