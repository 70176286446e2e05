// Deletes every node and relationship (before restoring a backup with --replace).
// params: none
// returns: deleted
MATCH (n) DETACH DELETE n RETURN count(n) AS deleted
