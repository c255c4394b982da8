// A job family of the document's jurisdiction.
// params: $docId, $jurisdictionId, $family {id, name, definition, start, end}   returns: id
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
MERGE (f:JobFamily {id: $family.id})
SET f.name = $family.name, f.definition = coalesce($family.definition, f.definition)
MERGE (f)-[:IN]->(j)
MERGE (f)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = $family.start, p.end = $family.end
RETURN f.id AS id
