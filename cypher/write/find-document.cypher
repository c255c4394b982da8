// The stored version of a document, to skip an unchanged reload (the fingerprint covers text and manifest).
// params: $docId   returns: sha256, fingerprint
MATCH (d:SourceDocument {id: $docId})
RETURN d.sha256 AS sha256, d.fingerprint AS fingerprint
