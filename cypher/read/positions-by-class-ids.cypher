// Positions classified in each class.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (p:Position)-[:CLASSIFIED_AS]->(:JobClass {id: id})
WITH id, p ORDER BY p.number
RETURN id AS key, collect(DISTINCT p {.*})[..$cap] AS value
