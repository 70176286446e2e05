// Every entity (organisation, convention, initiative, country, region) has one unique id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
