// Records judgements; a judgement already recorded (same id) is left as it is, so importing a file twice adds nothing.
// params: $judgements [{id, decision, subject, predicate, object, status, documentId, para, quote, curator, note,
//         at, entity, into, nameEn, nameZh, entityType}]
// returns: judgements
UNWIND $judgements AS row
MERGE (j:Judgement {id: row.id})
ON CREATE SET j = row
RETURN count(j) AS judgements
