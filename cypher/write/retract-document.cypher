// Removes every relationship the previous version of a document asserted (each carries {doc}), and the
// duties and qualifications it owned. Facts other documents asserted carry their own {doc} and stay.
// params: $docId   returns: touched (ids and labels of the other nodes the old version described, for garbage collection)
MATCH (d:SourceDocument {id: $docId})
OPTIONAL MATCH (d)<-[:DESCRIBED_IN]-(n)
WITH collect(DISTINCT n) AS nodes
WITH nodes,
     [x IN nodes WHERE NOT (x:Duty OR x:Qualification) | {id: x.id, label: head(labels(x))}] AS touched,
     [x IN nodes WHERE x:Duty OR x:Qualification] AS owned
UNWIND (CASE WHEN size(nodes) = 0 THEN [null] ELSE nodes END) AS n
OPTIONAL MATCH (n)-[r]-()
WHERE r.doc = $docId
WITH touched, owned, collect(DISTINCT r) AS rels
FOREACH (r IN rels | DELETE r)
FOREACH (n IN owned | DETACH DELETE n)
RETURN touched
