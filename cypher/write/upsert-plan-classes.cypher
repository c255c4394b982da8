// Classes a plan table lists: code, title, pay grade or band. A listed class that no specification has described
// is created unspecified (`specified = false`, `listedBy` = the table); a specified one keeps what its
// specification says and only gains the listed grade or band where the specification gives none. A class known
// under its title alone (no code) takes the listed code, so a later specification of it completes the same node.
// params: $docId, $jurisdictionId, $classes [{id, code, title, normTitle, payGrade, payBand, bargainingUnit, flsaStatus, start, end}]
// returns: count
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $classes AS c
OPTIONAL MATCH (existing:JobClass {id: c.id})
OPTIONAL MATCH (sameTitle:JobClass {jurisdictionId: $jurisdictionId, normTitle: c.normTitle})
WHERE sameTitle.id <> c.id AND sameTitle.code IS NULL
WITH d, j, c, existing, head(collect(sameTitle)) AS sameTitle
FOREACH (r IN CASE WHEN existing IS NULL AND sameTitle IS NOT NULL AND c.code IS NOT NULL THEN [sameTitle] ELSE [] END |
  SET r.id = c.id, r.code = c.code
)
WITH d, j, c
MERGE (n:JobClass {id: c.id})
ON CREATE SET n.specified = false, n.title = c.title, n.code = c.code, n.normTitle = c.normTitle
SET n.listedBy = $docId, n.listedPayGrade = c.payGrade, n.listedPayBand = c.payBand, n.jurisdictionId = $jurisdictionId
WITH d, j, c, n, coalesce(n.specified, false) AS specified
SET n.title = CASE WHEN specified THEN n.title ELSE c.title END,
    n.normTitle = CASE WHEN specified THEN n.normTitle ELSE c.normTitle END,
    n.payGrade = CASE WHEN specified THEN coalesce(n.payGrade, c.payGrade) ELSE c.payGrade END,
    n.payBand = CASE WHEN specified THEN coalesce(n.payBand, c.payBand) ELSE c.payBand END,
    n.bargainingUnit = CASE WHEN specified THEN coalesce(n.bargainingUnit, c.bargainingUnit) ELSE c.bargainingUnit END,
    n.flsaStatus = CASE WHEN specified THEN coalesce(n.flsaStatus, c.flsaStatus) ELSE c.flsaStatus END
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = c.start, p.end = c.end
RETURN count(*) AS count
