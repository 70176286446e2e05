// Marks entities reviewers rejected, and every typed relation that touches them, as rejected.
// params: $rows [{id, by, at, note}]
// returns: relations
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.reviewState = 'rejected', e.reviewBy = row.by, e.reviewAt = row.at, e.reviewNote = row.note
WITH e, row
OPTIONAL MATCH (e)-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(:Entity)
SET r.reviewState = 'rejected', r.reviewBy = row.by, r.reviewAt = row.at,
    r.reviewNote = 'entity ' + e.id + ' rejected' + coalesce(': ' + row.note, '')
RETURN count(r) AS relations
