// The class each position is classified in.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (:Position {id: id})-[:CLASSIFIED_AS]->(c:JobClass)
RETURN id AS key, c {.*} AS value
