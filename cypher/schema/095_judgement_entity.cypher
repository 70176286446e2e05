// Entity judgements (merges above all) are looked up by the entity they name, e.g. to redirect a merged id.
CREATE INDEX judgement_entity IF NOT EXISTS FOR (j:Judgement) ON (j.entity)
