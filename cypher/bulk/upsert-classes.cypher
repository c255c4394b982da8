// Bulk form of write/upsert-classes: the same statement over the rows of many new documents at once, each row
// carrying its own docId (and jurisdictionId, familyId where the per-document form takes them as parameters).
// params: $rows
UNWIND $rows AS c
MATCH (d:SourceDocument {id: c.docId}), (j:Jurisdiction {id: c.jurisdictionId})
OPTIONAL MATCH (existing:JobClass {id: c.id})
OPTIONAL MATCH (referenced:JobClass {jurisdictionId: c.jurisdictionId, normTitle: c.normTitle})
WHERE referenced.id <> c.id AND coalesce(referenced.specified, false) = false
WITH d, j, c, existing, head(collect(referenced)) AS referenced
FOREACH (r IN CASE WHEN existing IS NULL AND referenced IS NOT NULL THEN [referenced] ELSE [] END |
  SET r.id = c.id
)
WITH d, j, c
MERGE (n:JobClass {id: c.id})
SET n += c.props, n.normTitle = c.normTitle, n.jurisdictionId = c.jurisdictionId,
    n.specified = true, n.specifiedBy = c.docId, n.correctedFields = c.correctedFields
SET n.payGrade = coalesce(n.payGrade, n.listedPayGrade), n.payBand = coalesce(n.payBand, n.listedPayBand)
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: c.docId}]->(d)
SET p.start = c.start, p.end = c.end
RETURN count(*) AS count
