// Dates the evidence of the relations of some entities: evDates (parallel to evDocs) holds the date of the
// document each piece of evidence comes from ('' for an undated document), firstReported and lastReported the
// earliest and latest of those dates (null when every document is undated). Read from the Document nodes, so the
// lists stay right whoever appended evidence; running it twice changes nothing.
// params: $entityIds
// returns: dated
UNWIND $entityIds AS eid
MATCH (:Entity {id: eid})-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(:Entity)
WITH DISTINCT r
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(r.evDocs, [])
WITH r, collect([d.id, d.date]) AS docDates
WITH r, [doc IN coalesce(r.evDocs, []) | coalesce(head([p IN docDates WHERE p[0] = doc | p[1]]), '')] AS dates
WITH r, dates, [x IN dates WHERE x <> ''] AS known
SET r.evDates = dates,
    r.firstReported = CASE WHEN size(known) = 0 THEN null
                           ELSE reduce(m = known[0], x IN known | CASE WHEN x < m THEN x ELSE m END) END,
    r.lastReported = CASE WHEN size(known) = 0 THEN null
                          ELSE reduce(m = known[0], x IN known | CASE WHEN x > m THEN x ELSE m END) END
RETURN count(r) AS dated
