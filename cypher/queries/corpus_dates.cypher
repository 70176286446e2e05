// The dates of the documents, for the time control and for checking asOf: each date with how many documents carry
// it, earliest first, and how many documents are undated.
// params: (none)
// returns: dates (list of {date, documents}), undated
MATCH (d:Document)
WITH d.date AS date, count(d) AS documents
ORDER BY date
WITH collect(CASE WHEN date IS NULL THEN null ELSE {date: date, documents: documents} END) AS dated,
     sum(CASE WHEN date IS NULL THEN documents ELSE 0 END) AS undated
RETURN dated AS dates, undated
