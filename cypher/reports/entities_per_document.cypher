// title: Entities per document
// description: For each document, how many distinct entities of each type it names, and how many relations it supports.
// columns: document, title, organisations, conventions, initiatives, countries, regions, relations
MATCH (d:Document)
OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(:Passage)-[:MENTIONS]->(e:Entity)
WITH d, collect(DISTINCT e) AS es
RETURN d.id AS document, d.title AS title,
       size([e IN es WHERE e:Organisation]) AS organisations, size([e IN es WHERE e:Convention]) AS conventions,
       size([e IN es WHERE e:Initiative]) AS initiatives, size([e IN es WHERE e:Country]) AS countries,
       size([e IN es WHERE e:Region]) AS regions, d.relationCount AS relations
ORDER BY document
