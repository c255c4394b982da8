// The stored version of a document (and the digest of the corrections applied to it), to skip an unchanged reload.
// params: $docId   returns: sha256, correctionsHash
MATCH (d:SourceDocument {id: $docId})
RETURN d.sha256 AS sha256, d.correctionsHash AS correctionsHash
