// The stored version of a document, to skip an unchanged reload (same text read from the same original).
// params: $docId   returns: sha256, originalSha256
MATCH (d:SourceDocument {id: $docId})
RETURN d.sha256 AS sha256, d.originalSha256 AS originalSha256
