// All documents with their metadata.
// params: none
// returns: doc (map)
MATCH (d:Document)
RETURN d {.id, .title, .titleZh, .titleEn, .symbol, .body, .meeting, .date, .language, .sourceFile,
          .passageCount, .mentionCount, .relationCount} AS doc
ORDER BY d.id
