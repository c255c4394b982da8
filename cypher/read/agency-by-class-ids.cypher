// The agency behind each class: the one that issued the document specifying it, else (a class only
// referenced) the issuer of a document naming it.
// params: $ids   returns: key, value (agency properties and jurisdictionId)
UNWIND $ids AS id
MATCH (c:JobClass {id: id})-[:DESCRIBED_IN]->(d:SourceDocument)-[:ISSUED_BY]->(a:Agency)-[:IN]->(j:Jurisdiction)
WITH id, a, j, d.id = c.specifiedBy AS own
ORDER BY own DESC, a.id
RETURN id AS key, head(collect(a {.*, jurisdictionId: j.id})) AS value
