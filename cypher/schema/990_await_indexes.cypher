// Waits until every index is online, so the first request after start-up finds them ready.
CALL db.awaitIndexes(120)
