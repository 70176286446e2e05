// The titles of some documents, for the evidence items that cite them.
// params: $ids (list of document ids)
// returns: id, title
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title
