// Classes the document specifies. A class created earlier only as a reference (same jurisdiction and title,
// not yet specified) is completed in place rather than duplicated. The document owns the scalar properties
// it sets (`specifiedBy`); SET += with nulls clears what a revision dropped.
// params: $docId, $jurisdictionId, $classes [{id, normTitle, props, start, end}]   returns: id
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $classes AS c
OPTIONAL MATCH (existing:JobClass {id: c.id})
OPTIONAL MATCH (referenced:JobClass {jurisdictionId: $jurisdictionId, normTitle: c.normTitle})
WHERE referenced.id <> c.id AND coalesce(referenced.specified, false) = false
WITH d, j, c, existing, head(collect(referenced)) AS referenced
FOREACH (r IN CASE WHEN existing IS NULL AND referenced IS NOT NULL THEN [referenced] ELSE [] END |
  SET r.id = c.id
)
WITH d, j, c
MERGE (n:JobClass {id: c.id})
SET n += c.props, n.normTitle = c.normTitle, n.jurisdictionId = $jurisdictionId,
    n.specified = true, n.specifiedBy = $docId
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = c.start, p.end = c.end
RETURN n.id AS id
