// Classes the document specifies. A class created earlier only as a reference (same jurisdiction and title,
// not yet specified) is completed in place rather than duplicated; one a plan table lists under another code is not. The document owns the scalar properties
// it sets (`specifiedBy`); SET += with nulls clears what a revision dropped, except that a pay grade or band a plan
// table lists (`listedPayGrade`, `listedPayBand`) fills in what the specification leaves out. `correctedFields` names
// the fields an analyst's correction set.
// params: $docId, $jurisdictionId, $classes [{id, normTitle, props, correctedFields, start, end}]   returns: id
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $classes AS c
OPTIONAL MATCH (existing:JobClass {id: c.id})
OPTIONAL MATCH (referenced:JobClass {jurisdictionId: $jurisdictionId, normTitle: c.normTitle})
WHERE referenced.id <> c.id AND coalesce(referenced.specified, false) = false
  AND (referenced.listedBy IS NULL OR referenced.code IS NULL)
WITH d, j, c, existing, head(collect(referenced)) AS referenced
FOREACH (r IN CASE WHEN existing IS NULL AND referenced IS NOT NULL THEN [referenced] ELSE [] END |
  SET r.id = c.id
)
WITH d, j, c
MERGE (n:JobClass {id: c.id})
SET n += c.props, n.normTitle = c.normTitle, n.jurisdictionId = $jurisdictionId,
    n.specified = true, n.specifiedBy = $docId, n.correctedFields = c.correctedFields
SET n.payGrade = coalesce(n.payGrade, n.listedPayGrade), n.payBand = coalesce(n.payBand, n.listedPayBand)
MERGE (n)-[:IN]->(j)
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = c.start, p.end = c.end
RETURN n.id AS id
