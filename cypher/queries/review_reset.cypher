// Before judgements are replayed: forgets every review state replay wrote on relations and entities, so that the
// replay that follows (in the same transaction) leaves exactly what the judgements say.
// params: none
// returns: relations, entities
CALL {
  MATCH ()-[r]->() WHERE r.reviewState IS NOT NULL
  REMOVE r.reviewState, r.reviewBy, r.reviewAt, r.reviewNote
  RETURN count(r) AS relations
}
CALL {
  MATCH (e:Entity) WHERE e.reviewState IS NOT NULL
  REMOVE e.reviewState, e.reviewBy, e.reviewAt, e.reviewNote
  RETURN count(e) AS entities
}
RETURN relations, entities
