// Class series, each in the jurisdiction and, when the document names one, the job family.
// params: $docId, $jurisdictionId, $familyId (or null), $series [{id, code, title, purpose, start, end}]   returns: id
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $series AS s
MERGE (n:ClassSeries {id: s.id})
SET n.code = s.code, n.title = s.title, n.purpose = s.purpose, n.jurisdictionId = $jurisdictionId
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = s.start, p.end = s.end
FOREACH (fid IN CASE WHEN $familyId IS NULL THEN [] ELSE [$familyId] END |
  MERGE (f:JobFamily {id: fid})
  MERGE (n)-[:IN_FAMILY {doc: $docId}]->(f)
)
RETURN n.id AS id
