// Adds typed relations with their evidence. The same fact (subject, type, object, status) is one relationship;
// each passage that states it adds one entry to the parallel evidence lists (ev*).
// params: $relations [{subjectId, objectId, type, key, status, amount, currency, year, documentId, passageId,
//         para, page, quote, start, end, method, confidence, amountShared, coFunders, validFrom, validTo, statedYear,
//         timeWords}]
// page is the passage's page in a paginated source, 0 otherwise (a list cannot hold nulls); evidence written before
// pages were kept is padded with 0 first, so that evPages stays parallel to the other lists.
// A joint amount ("A、B 和 C 供资 1500 万美元") is stored on each funder's edge with amountShared = true and the
// co-funders, so that sums count it once. The time the clause states for the fact (validFrom, validTo, statedYear, with
// timeWords, the words that say it; '' when not stated) goes into evValidFrom, evValidTo, evStatedYears and
// evTimeWords, padded with '' first to the length of evDocs (evidence written before they were kept, or added by a
// reviewer), so that they stay parallel to it.
// returns: relations
UNWIND $relations AS row
MATCH (a:Entity {id: row.subjectId})
MATCH (b:Entity {id: row.objectId})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r.evPages = coalesce(r.evPages, [x IN coalesce(r.evDocs, []) | 0]) + row.page,
    r.evValidFrom = coalesce(r.evValidFrom, []) + [k IN range(size(coalesce(r.evValidFrom, [])), size(coalesce(r.evDocs, [])) - 1) | '']
                    + row.validFrom,
    r.evValidTo = coalesce(r.evValidTo, []) + [k IN range(size(coalesce(r.evValidTo, [])), size(coalesce(r.evDocs, [])) - 1) | '']
                    + row.validTo,
    r.evStatedYears = coalesce(r.evStatedYears, []) + [k IN range(size(coalesce(r.evStatedYears, [])), size(coalesce(r.evDocs, [])) - 1) | '']
                    + row.statedYear,
    r.evTimeWords = coalesce(r.evTimeWords, []) + [k IN range(size(coalesce(r.evTimeWords, [])), size(coalesce(r.evDocs, [])) - 1) | '']
                    + row.timeWords
SET r.status = row.status,
    r.amount = coalesce(row.amount, r.amount), r.currency = coalesce(row.currency, r.currency),
    r.year = coalesce(row.year, r.year),
    r.amountShared = CASE WHEN row.amount IS NULL THEN coalesce(r.amountShared, false) ELSE row.amountShared END,
    r.coFunders = CASE WHEN row.amount IS NULL THEN coalesce(r.coFunders, []) ELSE row.coFunders END,
    r.evDocs = coalesce(r.evDocs, []) + row.documentId,
    r.evPassages = coalesce(r.evPassages, []) + row.passageId,
    r.evParas = coalesce(r.evParas, []) + row.para,
    r.evQuotes = coalesce(r.evQuotes, []) + row.quote,
    r.evStarts = coalesce(r.evStarts, []) + row.start,
    r.evEnds = coalesce(r.evEnds, []) + row.end,
    r.evMethods = coalesce(r.evMethods, []) + row.method,
    r.evConfidences = coalesce(r.evConfidences, []) + row.confidence
SET r.method = CASE WHEN 'curated' IN r.evMethods THEN 'curated' ELSE 'rule' END,
    r.confidence = reduce(m = 0.0, c IN r.evConfidences | CASE WHEN c > m THEN c ELSE m END),
    r.evidenceCount = size(r.evDocs)
RETURN count(r) AS relations
