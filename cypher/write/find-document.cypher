// The stored version of a document, to skip an unchanged reload.
// params: $docId   returns: sha256
MATCH (d:SourceDocument {id: $docId})
RETURN d.sha256 AS sha256
