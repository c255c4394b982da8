// Distinguishing statements between two classes, in both directions.
// params: $a, $b   returns: from, to, statement, doc, start, end
MATCH (x:JobClass {id: $a})-[r:DISTINGUISHED_FROM]-(y:JobClass {id: $b})
RETURN startNode(r).id AS from, endNode(r).id AS to, r.statement AS statement, r.doc AS doc, r.start AS start, r.end AS end
ORDER BY from, statement
