// Merges entity $from into $into: every typed relation of $from moves to $into (joining the evidence of a relation
// $into already has with the same type, other end and status; relations between the two vanish), its mentions
// move too, its names become aliases of $into, documents that listed it list $into, and $from is deleted. Joined
// evPages are padded with 0 where evidence predates pages, so that the evidence lists stay parallel.
// params: $from, $into
// returns: moved (relations), mentions
MATCH (s:Entity {id: $from}), (t:Entity {id: $into})
CALL {
  WITH s, t
  MATCH (s)-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(o:Entity)
  WITH DISTINCT s, t, r, o, startNode(r) = s AS out
  WITH s, t, r, CASE WHEN o = s THEN t ELSE o END AS other, out
  WITH s, t, r, CASE WHEN out THEN t ELSE other END AS a, CASE WHEN out THEN other ELSE t END AS b
  CALL {
    WITH r, a, b
    WITH r, a, b WHERE a <> b
    MERGE (a)-[n:$(type(r)) {key: a.id + '|' + type(r) + '|' + b.id + '|' + r.status}]->(b)
    SET n.evPages = coalesce(n.evPages, [x IN coalesce(n.evDocs, []) | 0])
                    + coalesce(r.evPages, [x IN coalesce(r.evDocs, []) | 0])
    SET n.status = r.status, n.amount = coalesce(n.amount, r.amount), n.currency = coalesce(n.currency, r.currency),
        n.year = coalesce(n.year, r.year), n.amountShared = coalesce(n.amountShared, r.amountShared, false),
        n.coFunders = [x IN coalesce(n.coFunders, r.coFunders, []) | CASE WHEN x = $from THEN $into ELSE x END],
        n.evDocs = coalesce(n.evDocs, []) + r.evDocs, n.evPassages = coalesce(n.evPassages, []) + r.evPassages,
        n.evParas = coalesce(n.evParas, []) + r.evParas, n.evQuotes = coalesce(n.evQuotes, []) + r.evQuotes,
        n.evStarts = coalesce(n.evStarts, []) + r.evStarts, n.evEnds = coalesce(n.evEnds, []) + r.evEnds,
        n.evMethods = coalesce(n.evMethods, []) + r.evMethods,
        n.evConfidences = coalesce(n.evConfidences, []) + r.evConfidences
    SET n.method = CASE WHEN 'curated' IN n.evMethods THEN 'curated' ELSE 'rule' END,
        n.confidence = reduce(m = 0.0, c IN n.evConfidences | CASE WHEN c > m THEN c ELSE m END),
        n.evidenceCount = size(n.evDocs)
  }
  DELETE r
  RETURN count(*) AS moved
}
CALL {
  WITH s, t
  MATCH (p:Passage)-[m:MENTIONS]->(s)
  MERGE (p)-[n:MENTIONS]->(t)
  ON CREATE SET n = properties(m)
  ON MATCH SET n.starts = n.starts + m.starts, n.ends = n.ends + m.ends, n.surfaces = n.surfaces + m.surfaces,
               n.count = n.count + m.count
  DELETE m
  RETURN count(*) AS mentions
}
CALL {
  WITH s, t
  MATCH (d:Document) WHERE s.id IN d.entityIds
  SET d.entityIds = [x IN d.entityIds WHERE x <> s.id] + CASE WHEN t.id IN d.entityIds THEN [] ELSE [t.id] END
  RETURN count(d) AS documents
}
WITH s, t, moved, mentions,
     [n IN [s.nameEn, s.nameZh] + coalesce(s.aliases, []) WHERE n IS NOT NULL AND NOT n IN coalesce(t.aliases, [])
        AND n <> coalesce(t.nameEn, '') AND n <> coalesce(t.nameZh, '')] AS names
SET t.aliases = coalesce(t.aliases, []) + names,
    t.aliasesLower = coalesce(t.aliasesLower, []) + [n IN names | toLower(n)],
    t.searchText = t.searchText + reduce(x = '', n IN names | x + '\n' + toLower(n)),
    t.mergedFrom = coalesce(t.mergedFrom, []) + CASE WHEN s.id IN coalesce(t.mergedFrom, []) THEN [] ELSE [s.id] END
DETACH DELETE s
RETURN moved, mentions
