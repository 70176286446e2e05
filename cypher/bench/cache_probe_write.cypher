// Benchmark only: one committed write that changes a property, so the embedded graph's version moves and every
// cached read answer is dropped (a node created and deleted in one transaction may commit nothing).
// params: none
// returns: nothing
MERGE (n:BenchProbe {id: 1}) SET n.writes = coalesce(n.writes, 0) + 1
