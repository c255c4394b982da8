// What each class requires, with equivalent names folded onto their canonical competency (SAME_AS).
// params: $ids   returns: key, value (list of {id, name, as})
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[r:REQUIRES]->(k:Competency)
OPTIONAL MATCH (k)-[:SAME_AS]->(canon:Competency)
WITH id, coalesce(canon, k) AS c, collect(DISTINCT k.name) AS asNames
RETURN id AS key, collect({id: c.id, name: c.name, asNames: asNames}) AS value
