// Passages are looked up by document when a document is read or replaced.
CREATE INDEX passage_document IF NOT EXISTS FOR (p:Passage) ON (p.documentId)
