// The source document and its jurisdiction (and agency, when known).
// params: $doc {id, key, fileName, sha256, fingerprint, format, url, text, loadedAt, correctionsHash, mediaType, originalSha256,
//         pageNumbers, pageStarts} (null removes a property), $jurisdiction {id, name, kind},
//         $agency {id, name} or null   returns: id
MERGE (j:Jurisdiction {id: $jurisdiction.id})
SET j.name = $jurisdiction.name, j.kind = $jurisdiction.kind
MERGE (d:SourceDocument {id: $doc.id})
SET d += $doc
MERGE (d)-[:PUBLISHED_BY]->(j)
FOREACH (a IN CASE WHEN $agency IS NULL THEN [] ELSE [$agency] END |
  MERGE (ag:Agency {id: a.id})
  SET ag.name = a.name
  MERGE (ag)-[:IN]->(j)
  MERGE (ag)-[:DESCRIBED_IN {doc: $doc.id}]->(d)
  MERGE (d)-[:ISSUED_BY {doc: $doc.id}]->(ag)
)
RETURN d.id AS id
