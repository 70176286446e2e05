// Removes everything an earlier version of a document put in the graph: its evidence on relations (relations
// left with no evidence are deleted) and its passages with their mentions. The Document node stays.
// params: $documentId
// returns: removedRelations, removedPassages, entityIds (the entities the old version touched)
MATCH (d:Document {id: $documentId})
CALL {
  WITH d
  UNWIND coalesce(d.entityIds, []) AS eid
  MATCH (:Entity {id: eid})-[r]->(:Entity)
  WHERE $documentId IN r.evDocs
  WITH DISTINCT r, [i IN range(0, size(r.evDocs) - 1) WHERE r.evDocs[i] <> $documentId] AS keep
  SET r.evDocs = [i IN keep | r.evDocs[i]],
      r.evPassages = [i IN keep | r.evPassages[i]],
      r.evParas = [i IN keep | r.evParas[i]],
      r.evPages = [i IN keep | coalesce(r.evPages[i], 0)],
      r.evValidFrom = [i IN keep | coalesce(r.evValidFrom[i], '')],
      r.evValidTo = [i IN keep | coalesce(r.evValidTo[i], '')],
      r.evStatedYears = [i IN keep | coalesce(r.evStatedYears[i], '')],
      r.evTimeWords = [i IN keep | coalesce(r.evTimeWords[i], '')],
      r.evQuotes = [i IN keep | r.evQuotes[i]],
      r.evStarts = [i IN keep | r.evStarts[i]],
      r.evEnds = [i IN keep | r.evEnds[i]],
      r.evMethods = [i IN keep | r.evMethods[i]],
      r.evConfidences = [i IN keep | r.evConfidences[i]]
  SET r.method = CASE WHEN 'curated' IN r.evMethods THEN 'curated' ELSE 'rule' END,
      r.confidence = reduce(m = 0.0, c IN r.evConfidences | CASE WHEN c > m THEN c ELSE m END),
      r.evidenceCount = size(r.evDocs)
  WITH r WHERE size(r.evDocs) = 0
  DELETE r
  RETURN count(*) AS deleted
}
CALL {
  WITH d
  OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
  DETACH DELETE p
  RETURN count(p) AS passages
}
RETURN deleted AS removedRelations, passages AS removedPassages, coalesce(d.entityIds, []) AS entityIds
