// Duties of each class in document order, with their provenance.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[:HAS_DUTY]->(d:Duty)-[p:DESCRIBED_IN]->(doc:SourceDocument)
WITH id, d, p, doc ORDER BY doc.id, d.order
RETURN id AS key, collect(d {.*, doc: doc.id, start: p.start, end: p.end})[..$cap] AS value
