// Class series a plan table names. A plan row says less than a specification, so a title or code already known
// is kept; the series joins its job family when the row names one.
// params: $docId, $jurisdictionId, $series [{id, code, title, familyId, start, end}]   returns: count
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $series AS s
MERGE (n:ClassSeries {id: s.id})
SET n.code = coalesce(n.code, s.code), n.title = coalesce(n.title, s.title), n.jurisdictionId = $jurisdictionId
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = s.start, p.end = s.end
FOREACH (fid IN CASE WHEN s.familyId IS NULL THEN [] ELSE [s.familyId] END |
  MERGE (f:JobFamily {id: fid})
  MERGE (n)-[:IN_FAMILY {doc: $docId}]->(f)
)
RETURN count(*) AS count
