// One page of the documents with their metadata, in id order, and how many there are in all.
// params: $offset, $limit
// returns: total, docs (list of maps)
MATCH (d:Document)
WITH d ORDER BY d.id
WITH collect(d {.id, .title, .titleZh, .titleEn, .symbol, .body, .meeting, .date, .dateSource, .language, .sourceFile, .originalFile,
                .passageCount, .mentionCount, .relationCount}) AS found
RETURN size(found) AS total, found[$offset..$offset + $limit] AS docs
