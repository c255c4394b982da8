// A stored document with what it takes to read it again (its text, jurisdiction, agency), to re-apply corrections.
// params: $docId   returns: doc, jurisdiction, agency
MATCH (d:SourceDocument {id: $docId})-[:PUBLISHED_BY]->(j:Jurisdiction)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(a:Agency)
RETURN d {.id, .key, .fileName, .sha256, .format, .url, .text} AS doc, j {.id, .name, .kind} AS jurisdiction, a.name AS agency
