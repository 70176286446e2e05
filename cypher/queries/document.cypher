// One document's metadata.
// params: $id
// returns: doc (map)
MATCH (d:Document {id: $id})
RETURN d {.id, .title, .titleZh, .titleEn, .symbol, .body, .meeting, .date, .dateSource, .language, .sourceFile, .originalFile,
          .passageCount, .mentionCount, .relationCount, .contentHash} AS doc
