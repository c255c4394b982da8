// The stored version of a document (the digest of the corrections applied to it, and of the original it was read
// from), to skip an unchanged reload.
// params: $docId   returns: sha256, correctionsHash, originalSha256
MATCH (d:SourceDocument {id: $docId})
RETURN d.sha256 AS sha256, d.correctionsHash AS correctionsHash, d.originalSha256 AS originalSha256
