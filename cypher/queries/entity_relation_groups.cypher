// How many relations of each type and direction an entity has: the entity page's group headers. Counted from
// the relationship degrees Neo4j keeps per type, so a hub with thousands of relations costs no more than a leaf.
// params: $id
// returns: type, direction, total (groups with total > 0 only, ordered by type, then 'in' before 'out')
MATCH (e:Entity {id: $id})
UNWIND [
  {type: 'ACTIVE_IN', direction: 'in', total: COUNT { (e)<-[:ACTIVE_IN]-(:Entity) }},
  {type: 'ACTIVE_IN', direction: 'out', total: COUNT { (e)-[:ACTIVE_IN]->(:Entity) }},
  {type: 'FUNDS', direction: 'in', total: COUNT { (e)<-[:FUNDS]-(:Entity) }},
  {type: 'FUNDS', direction: 'out', total: COUNT { (e)-[:FUNDS]->(:Entity) }},
  {type: 'HOSTS', direction: 'in', total: COUNT { (e)<-[:HOSTS]-(:Entity) }},
  {type: 'HOSTS', direction: 'out', total: COUNT { (e)-[:HOSTS]->(:Entity) }},
  {type: 'LEADS', direction: 'in', total: COUNT { (e)<-[:LEADS]-(:Entity) }},
  {type: 'LEADS', direction: 'out', total: COUNT { (e)-[:LEADS]->(:Entity) }},
  {type: 'MEMBER_OF', direction: 'in', total: COUNT { (e)<-[:MEMBER_OF]-(:Entity) }},
  {type: 'MEMBER_OF', direction: 'out', total: COUNT { (e)-[:MEMBER_OF]->(:Entity) }},
  {type: 'PARTNERS_WITH', direction: 'in', total: COUNT { (e)<-[:PARTNERS_WITH]-(:Entity) }},
  {type: 'PARTNERS_WITH', direction: 'out', total: COUNT { (e)-[:PARTNERS_WITH]->(:Entity) }},
  {type: 'REPORTS_TO', direction: 'in', total: COUNT { (e)<-[:REPORTS_TO]-(:Entity) }},
  {type: 'REPORTS_TO', direction: 'out', total: COUNT { (e)-[:REPORTS_TO]->(:Entity) }},
  {type: 'SUPPORTS', direction: 'in', total: COUNT { (e)<-[:SUPPORTS]-(:Entity) }},
  {type: 'SUPPORTS', direction: 'out', total: COUNT { (e)-[:SUPPORTS]->(:Entity) }}
] AS g
WITH g WHERE g.total > 0
RETURN g.type AS type, g.direction AS direction, g.total AS total
