// Bulk form of write/upsert-document: the source documents of many new documents, each with its jurisdiction
// and agency (null when none).
// params: $rows [{doc, jurisdiction, agency}]   returns: count
UNWIND $rows AS x
MERGE (j:Jurisdiction {id: x.jurisdiction.id})
SET j.name = x.jurisdiction.name, j.kind = x.jurisdiction.kind
MERGE (d:SourceDocument {id: x.doc.id})
SET d += x.doc
MERGE (d)-[:PUBLISHED_BY]->(j)
FOREACH (a IN CASE WHEN x.agency IS NULL THEN [] ELSE [x.agency] END |
  MERGE (ag:Agency {id: a.id})
  SET ag.name = a.name
  MERGE (ag)-[:IN]->(j)
  MERGE (ag)-[:DESCRIBED_IN {doc: x.doc.id}]->(d)
  MERGE (d)-[:ISSUED_BY {doc: x.doc.id}]->(ag)
)
RETURN count(*) AS count
