// Every competency a class requires, with a definition a document gives it (if any) and the canonical competency
// it is already linked to; the input of the equivalence proposer.
// params: (none)   returns: id, name, definition, canonicalId
MATCH (k:Competency)
WHERE EXISTS { (:JobClass)-[:REQUIRES]->(k) }
OPTIONAL MATCH (:JobClass)-[r:REQUIRES]->(k) WHERE r.definition IS NOT NULL
OPTIONAL MATCH (k)-[:SAME_AS]->(c:Competency)
WITH k, head(collect(r.definition)) AS definition, head(collect(c.id)) AS canonicalId
RETURN k.id AS id, k.name AS name, definition, canonicalId
ORDER BY id
