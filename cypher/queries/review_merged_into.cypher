// The entity a merged id was merged into, by the latest merge judgement on it (one link of a chain).
// params: $id
// returns: into
MATCH (j:Judgement {entity: $id})
WHERE j.decision = 'merge'
RETURN j.into AS into
ORDER BY j.at DESC
LIMIT 1
