// Creates or updates a Document node with its metadata and fingerprint.
// params: $doc {id, symbol, title, titleZh, titleEn, body, meeting, date, language, sourceFile, contentHash,
//         extractionHash,
//         pipeline, entityIds, passageCount, mentionCount, relationCount}
// returns: id
MERGE (d:Document {id: $doc.id})
SET d += $doc
RETURN d.id AS id
