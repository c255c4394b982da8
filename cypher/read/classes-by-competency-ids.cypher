// The classes requiring each competency, the first $limit by id (never more than $cap): limited per competency
// before the class properties are projected, so a competency shared by thousands of classes costs only what is returned.
// params: $ids, $limit (may be null), $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (k:Competency {id: id})
CALL (k) {
  MATCH (c:JobClass)-[:REQUIRES]->(k)
  WITH DISTINCT c ORDER BY c.id LIMIT toInteger(CASE WHEN $limit IS NULL OR $limit > $cap THEN $cap ELSE $limit END)
  RETURN collect(c {.*}) AS value
}
RETURN id AS key, value
