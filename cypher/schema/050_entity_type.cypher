// Entities are filtered by type in search and reports.
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)
