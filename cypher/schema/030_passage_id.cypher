// Every passage has one unique id: "<documentId>#<ordinal>".
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE
