// The classes requiring each competency.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (c:JobClass)-[:REQUIRES]->(:Competency {id: id})
WITH id, c ORDER BY c.id
RETURN id AS key, collect(DISTINCT c {.*})[..$cap] AS value
