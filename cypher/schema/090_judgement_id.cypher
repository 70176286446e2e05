// Every judgement (a reviewer's decision on a fact or an entity) is one node with a unique id.
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (j:Judgement) REQUIRE j.id IS UNIQUE
