// The levels of each series, lowest rank first.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (:ClassSeries {id: id})-[r:HAS_LEVEL]->(c:JobClass)
WITH id, c, min(r.rank) AS rank ORDER BY rank, c.id
RETURN id AS key, collect(c {.*, rank: rank})[..$cap] AS value
