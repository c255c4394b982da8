// Stored equivalence proposals with a given status, best first.
// params: $status, $limit   returns: a, b, score, reasons, status
MATCH (a:Competency)-[e:EQUIVALENCE_PROPOSAL {status: $status}]->(b:Competency)
RETURN a {.id, .name} AS a, b {.id, .name} AS b, e.score AS score, e.reasons AS reasons, e.status AS status
ORDER BY score DESC, a.id, b.id
LIMIT toInteger($limit)
