// Writes the relations reviewers added by hand, each with its quote as curated evidence, located in the passage
// of its document that contains the quote (the named paragraph first); writing one twice adds nothing. A relation
// whose quote or entities are no longer in the graph is not written (its judgement shows as orphaned). Its page is
// the passage's page (0 without pages); evidence written before pages were kept is padded with 0 first, so that
// evPages stays parallel to the other lists.
// params: $rows [{subjectId, objectId, type, key, status, documentId, para, quote}]
// returns: added
UNWIND $rows AS row
MATCH (a:Entity {id: row.subjectId})
MATCH (b:Entity {id: row.objectId})
MATCH (d:Document {id: row.documentId})-[:HAS_PASSAGE]->(p:Passage)
WHERE row.quote <> '' AND p.text CONTAINS row.quote
WITH row, a, b, d, p ORDER BY CASE WHEN p.label = row.para THEN 0 ELSE 1 END, p.ordinal
WITH row, a, b, d, collect(p)[0] AS p
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
WITH row, a, b, d, p, r, size(split(p.text, row.quote)[0]) AS start,
     [i IN range(0, size(coalesce(r.evDocs, [])) - 1)
        WHERE r.evPassages[i] = p.id AND r.evMethods[i] = 'curated' AND r.evQuotes[i] = row.quote] AS same
SET d.entityIds = coalesce(d.entityIds, []) + [x IN [a.id, b.id] WHERE NOT x IN coalesce(d.entityIds, [])]
WITH row, p, r, start, same WHERE size(same) = 0
SET r.evPages = coalesce(r.evPages, [x IN coalesce(r.evDocs, []) | 0]) + coalesce(p.page, 0)
SET r.status = row.status, r.amountShared = coalesce(r.amountShared, false), r.coFunders = coalesce(r.coFunders, []),
    r.evDocs = coalesce(r.evDocs, []) + row.documentId, r.evPassages = coalesce(r.evPassages, []) + p.id,
    r.evParas = coalesce(r.evParas, []) + p.label, r.evQuotes = coalesce(r.evQuotes, []) + row.quote,
    r.evStarts = coalesce(r.evStarts, []) + start, r.evEnds = coalesce(r.evEnds, []) + (start + size(row.quote)),
    r.evMethods = coalesce(r.evMethods, []) + 'curated', r.evConfidences = coalesce(r.evConfidences, []) + 1.0
SET r.method = 'curated', r.confidence = 1.0, r.evidenceCount = size(r.evDocs)
RETURN count(r) AS added
