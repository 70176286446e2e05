// Size of the graph, for /api/health. All counts come from Neo4j's count store.
// params: none
// returns: nodes, relationships, entities, documents, passages
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (p:Passage) RETURN count(p) AS passages }
RETURN nodes, relationships, entities, documents, passages
