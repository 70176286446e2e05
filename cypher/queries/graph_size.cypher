// How many nodes the graph holds (from the count store).
// params: none
// returns: nodes
MATCH (n) RETURN count(n) AS nodes
