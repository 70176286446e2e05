// Every judgement, oldest first (the later decision on the same fact wins): what replay applies and the file holds.
// params: none
// returns: judgement (map of all its properties)
MATCH (j:Judgement)
RETURN properties(j) AS judgement
ORDER BY j.at, j.id
