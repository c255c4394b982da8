// Statements naming a third class that both classes are distinguished from (or by).
// params: $a, $b   returns: from, to, statement, doc, start, end
MATCH (x:JobClass {id: $a})-[:DISTINGUISHED_FROM]-(t:JobClass)-[:DISTINGUISHED_FROM]-(y:JobClass {id: $b})
WHERE t <> x AND t <> y
WITH DISTINCT t
MATCH (c:JobClass)-[r:DISTINGUISHED_FROM]-(t)
WHERE c.id IN [$a, $b]
RETURN startNode(r).id AS from, endNode(r).id AS to, r.statement AS statement, r.doc AS doc, r.start AS start, r.end AS end
ORDER BY from, to
