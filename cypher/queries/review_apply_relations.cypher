// Writes the latest decision on each fact onto the relation that states it: state accepted or rejected, who, when,
// and the note.
// params: $rows [{subjectId, key, state, by, at, note}]
// returns: applied
UNWIND $rows AS row
MATCH (:Entity {id: row.subjectId})-[r {key: row.key}]->(:Entity)
SET r.reviewState = row.state, r.reviewBy = row.by, r.reviewAt = row.at, r.reviewNote = row.note
RETURN count(r) AS applied
