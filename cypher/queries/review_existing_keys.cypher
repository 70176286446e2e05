// Which of the given facts the graph holds: for each (subject, key) that a relation carries, the key.
// params: $rows [{subjectId, key}]
// returns: key
UNWIND $rows AS row
MATCH (:Entity {id: row.subjectId})-[r {key: row.key}]->(:Entity)
RETURN DISTINCT r.key AS key
