// Bulk form of write/upsert-series: the same statement over the rows of many new documents at once, each row
// carrying its own docId (and jurisdictionId, familyId where the per-document form takes them as parameters).
// params: $rows
UNWIND $rows AS s
MATCH (d:SourceDocument {id: s.docId}), (j:Jurisdiction {id: s.jurisdictionId})
MERGE (n:ClassSeries {id: s.id})
SET n.code = s.code, n.title = s.title, n.purpose = s.purpose, n.jurisdictionId = s.jurisdictionId
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: s.docId}]->(d)
SET p.start = s.start, p.end = s.end
FOREACH (fid IN CASE WHEN s.familyId IS NULL THEN [] ELSE [s.familyId] END |
  MERGE (f:JobFamily {id: fid})
  MERGE (n)-[:IN_FAMILY {doc: s.docId}]->(f)
)
RETURN count(*) AS count
