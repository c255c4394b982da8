// Minimum-qualification clauses of each class in document order.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[:HAS_QUALIFICATION]->(q:Qualification)-[p:DESCRIBED_IN]->(doc:SourceDocument)
WITH id, q, p, doc ORDER BY doc.id, q.order
RETURN id AS key, collect(q {.*, doc: doc.id, start: p.start, end: p.end})[..$cap] AS value
