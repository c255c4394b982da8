// Bulk form of write/upsert-family: the job family of each of many new documents that names one.
// params: $rows [{docId, jurisdictionId, family: {id, name, definition, start, end}}]   returns: count
UNWIND $rows AS x
MATCH (d:SourceDocument {id: x.docId}), (j:Jurisdiction {id: x.jurisdictionId})
MERGE (f:JobFamily {id: x.family.id})
SET f.name = x.family.name, f.definition = coalesce(x.family.definition, f.definition)
MERGE (f)-[:IN]->(j)
MERGE (f)-[p:DESCRIBED_IN {doc: x.docId}]->(d)
SET p.start = x.family.start, p.end = x.family.end
RETURN count(*) AS count
