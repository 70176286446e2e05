// Substring search over names and aliases (cypher/bench/search_substring.cypher, the database search the
// benchmark compares the in-memory name index with) looks entities up through this trigram
// index on searchText (lower-cased English name, Chinese name and lower-cased aliases, one per line) instead
// of reading every entity.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON (e.searchText)
