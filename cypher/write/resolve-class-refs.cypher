// Classes the document only names (in distinctions, promotion requirements): found by code, else by title in
// the jurisdiction; created as referenced-but-unspecified nodes when unknown, so paths can reach them.
// params: $docId, $jurisdictionId, $refs [{key, id, code, title, normTitle, start, end}]   returns: key, id
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $refs AS r
OPTIONAL MATCH (byId:JobClass {id: r.id})
OPTIONAL MATCH (byTitle:JobClass {jurisdictionId: $jurisdictionId, normTitle: r.normTitle})
WITH d, j, r, byId, head(collect(byTitle)) AS byTitle
WITH d, j, r, coalesce(byId, byTitle) AS found
WITH d, j, r, found, coalesce(found.id, r.id) AS resolvedId
FOREACH (_ IN CASE WHEN found IS NULL THEN [1] ELSE [] END |
  MERGE (n:JobClass {id: r.id})
  ON CREATE SET n.title = r.title, n.code = r.code, n.normTitle = r.normTitle,
                n.jurisdictionId = $jurisdictionId, n.specified = false
  MERGE (n)-[:IN]->(j)
)
WITH d, r, resolvedId
MATCH (n:JobClass {id: resolvedId})
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = coalesce(p.start, r.start), p.end = coalesce(p.end, r.end), p.mention = true
RETURN r.key AS key, resolvedId AS id
