// Bulk form of write/resolve-class-refs: the same statement over the rows of many new documents at once, each row
// carrying its own docId (and jurisdictionId, familyId where the per-document form takes them as parameters).
// params: $rows
UNWIND $rows AS r
MATCH (d:SourceDocument {id: r.docId}), (j:Jurisdiction {id: r.jurisdictionId})
OPTIONAL MATCH (byId:JobClass {id: r.id})
OPTIONAL MATCH (byTitle:JobClass {jurisdictionId: r.jurisdictionId, normTitle: r.normTitle})
WITH d, j, r, byId, head(collect(byTitle)) AS byTitle
WITH d, j, r, coalesce(byId, byTitle) AS found
WITH d, j, r, found, coalesce(found.id, r.id) AS resolvedId
FOREACH (_ IN CASE WHEN found IS NULL THEN [1] ELSE [] END |
  MERGE (n:JobClass {id: r.id})
  ON CREATE SET n.title = r.title, n.code = r.code, n.normTitle = r.normTitle,
                n.jurisdictionId = r.jurisdictionId, n.specified = false
  MERGE (n)-[:IN]->(j)
)
WITH d, r, resolvedId
MATCH (n:JobClass {id: resolvedId})
MERGE (n)-[p:DESCRIBED_IN {doc: r.docId}]->(d)
SET p.start = coalesce(p.start, r.start), p.end = coalesce(p.end, r.end), p.mention = true
RETURN r.docId AS docId, r.key AS key, resolvedId AS id
