// The agency that issued each document (from its manifest), when known.
// params: $ids   returns: key, value (agency properties and jurisdictionId)
UNWIND $ids AS id
MATCH (:SourceDocument {id: id})-[:ISSUED_BY]->(a:Agency)-[:IN]->(j:Jurisdiction)
WITH id, a, j ORDER BY a.id
RETURN id AS key, head(collect(a {.*, jurisdictionId: j.id})) AS value
