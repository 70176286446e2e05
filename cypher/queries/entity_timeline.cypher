// An entity's facts by date: one row per piece of evidence of each of its typed relations (both directions), dated
// by the document that reports it, earliest first and undated evidence last; one page of them, and how many in all.
// params: $id, $review ('any', 'unrejected' or 'accepted'), $offset, $limit,
//         $asOf (last day that counts, ISO, or null: only evidence from documents dated by then counts)
// returns: total, entries (list of {date, documentId, documentTitle, relationId, type, direction, other, status,
//          para, quote})
MATCH (e:Entity {id: $id})-[r:ACTIVE_IN|FUNDS|PARTNERS_WITH|MEMBER_OF|LEADS|HOSTS|SUPPORTS|REPORTS_TO]-(o:Entity)
WHERE ($review = 'any' OR r.reviewState = 'accepted' OR ($review = 'unrejected' AND r.reviewState IS NULL))
UNWIND range(0, size(coalesce(r.evDocs, [])) - 1) AS k
WITH e, r, o, k, coalesce(r.evDates[k], '') AS date
WHERE $asOf IS NULL OR (date <> '' AND date <= $asOf)
WITH e, r, o, k, date, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
OPTIONAL MATCH (d:Document {id: r.evDocs[k]})
WITH r, o, k, date, direction, d.title AS title
ORDER BY CASE WHEN date = '' THEN 1 ELSE 0 END, date, r.evDocs[k], r.evPassages[k], type(r), direction,
         coalesce(o.nameEn, o.nameZh), r.key
WITH collect({date: CASE WHEN date = '' THEN null ELSE date END, documentId: r.evDocs[k],
              documentTitle: title, relationId: r.key, type: type(r),
              direction: direction, other: o {.id, .type, .nameEn, .nameZh}, status: r.status, para: r.evParas[k],
              quote: r.evQuotes[k]}) AS entries
RETURN size(entries) AS total, entries[$offset..$offset + $limit] AS entries
