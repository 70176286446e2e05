// title: Entities per document
// description: For each document, how many distinct entities of each type it names, and how many facts (relations) it supports.
// param: review review unrejected Which facts count: unrejected (the default: rejected facts leave the answer), accepted, or any
// columns: document, title, organisations, conventions, initiatives, countries, regions, relations
MATCH (d:Document)
OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(:Passage)-[:MENTIONS]->(e:Entity)
WHERE e IS NULL OR $review = 'any' OR e.reviewState IS NULL
WITH d, collect(DISTINCT e) AS es
RETURN d.id AS document, d.title AS title,
       size([e IN es WHERE e:Organisation]) AS organisations, size([e IN es WHERE e:Convention]) AS conventions,
       size([e IN es WHERE e:Initiative]) AS initiatives, size([e IN es WHERE e:Country]) AS countries,
       size([e IN es WHERE e:Region]) AS regions,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE d.id IN r.evDocs
               AND ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL)) } AS relations
ORDER BY document
