// The classes requiring each competency, the first $limit by id: limited per competency before the class
// properties are projected, so a competency shared by thousands of classes costs only what is returned.
// params: $ids, $limit   returns: key, value (list)
UNWIND $ids AS id
MATCH (k:Competency {id: id})
CALL (k) {
  MATCH (c:JobClass)-[:REQUIRES]->(k)
  WITH DISTINCT c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c {.*}) AS value
}
RETURN id AS key, value
