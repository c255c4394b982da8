// The documents that specify or mention each class, with the span of the passage.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[p:DESCRIBED_IN]->(d:SourceDocument)
WITH id, p, d ORDER BY d.id
RETURN id AS key, collect({doc: d.id, start: p.start, end: p.end, mention: coalesce(p.mention, false)})[..$cap] AS value
