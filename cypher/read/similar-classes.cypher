// Classes ranked by how much of what they require is shared with a class (Jaccard over canonical competencies),
// with the shared competencies named. Candidates are only classes sharing at least one competency, and only the
// 200 sharing the most are scored: widely shared competencies would otherwise make every query score a fixed
// share of the whole plan. A class outside those 200 shares fewer competencies than all of them, so it could
// only rank higher by requiring far fewer in all; the cap trades that rare case for a bounded query.
// params: $id, $limit   returns: jobClass, shared, score
MATCH (c:JobClass {id: $id})-[:REQUIRES]->(k:Competency)
OPTIONAL MATCH (k)-[:SAME_AS]->(canon:Competency)
WITH c, collect(DISTINCT coalesce(canon, k)) AS mine
UNWIND mine AS m
OPTIONAL MATCH (m)<-[:SAME_AS]-(alias:Competency)
WITH c, mine, m, collect(alias) AS aliases
WITH c, mine, m, [m] + aliases AS forms
UNWIND forms AS f
MATCH (f)<-[:REQUIRES]-(o:JobClass)
WHERE o <> c
WITH c, mine, o, collect(DISTINCT m) AS shared
ORDER BY size(shared) DESC, o.id
LIMIT 200
MATCH (o)-[:REQUIRES]->(ok:Competency)
OPTIONAL MATCH (ok)-[:SAME_AS]->(ocanon:Competency)
WITH o, mine, shared, collect(DISTINCT coalesce(ocanon, ok)) AS theirs
WITH o, shared, toFloat(size(shared)) / (size(mine) + size(theirs) - size(shared)) AS score
RETURN o {.*} AS jobClass, [s IN shared | s {.id, .name}] AS shared, score
ORDER BY score DESC, size(shared) DESC, o.id
LIMIT toInteger($limit)
