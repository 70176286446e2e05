// Test support: what would show a half-written document. Every count must be zero.
// returns: brokenDocuments, orphanPassages, danglingEvidence
CALL {
  MATCH (d:Document)
  OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
  WITH d, count(p) AS n
  WHERE d.passageCount IS NULL OR n <> d.passageCount OR d.extractionHash IS NULL
  RETURN count(d) AS brokenDocuments
}
CALL {
  MATCH (p:Passage) WHERE NOT EXISTS { (:Document)-[:HAS_PASSAGE]->(p) }
  RETURN count(p) AS orphanPassages
}
CALL {
  MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL
  UNWIND r.evDocs AS doc
  WITH DISTINCT doc WHERE NOT EXISTS { MATCH (:Document {id: doc}) }
  RETURN count(doc) AS danglingEvidence
}
RETURN brokenDocuments, orphanPassages, danglingEvidence
