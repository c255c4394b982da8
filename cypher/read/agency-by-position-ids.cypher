// The agency that issued the document describing each position.
// params: $ids   returns: key, value (agency properties and jurisdictionId)
UNWIND $ids AS id
MATCH (:Position {id: id})-[:DESCRIBED_IN]->(:SourceDocument)-[:ISSUED_BY]->(a:Agency)-[:IN]->(j:Jurisdiction)
WITH id, a, j ORDER BY a.id
RETURN id AS key, head(collect(a {.*, jurisdictionId: j.id})) AS value
