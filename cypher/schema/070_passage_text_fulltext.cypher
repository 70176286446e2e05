// Full-text search over passage text, for finding where something is said.
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS
FOR (p:Passage) ON EACH [p.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
