// The stored version of a document, to skip an unchanged reload: the fingerprint covers text and manifest, with the
// digest of the corrections applied to it and of the original it was read from.
// params: $docId   returns: sha256, fingerprint, correctionsHash, originalSha256
MATCH (d:SourceDocument {id: $docId})
RETURN d.sha256 AS sha256, d.fingerprint AS fingerprint, d.correctionsHash AS correctionsHash, d.originalSha256 AS originalSha256
