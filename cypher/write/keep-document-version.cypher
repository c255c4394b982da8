// Before a revised document replaces the stored one, keeps the stored version (text, hash, when it was loaded);
// nothing when the new text is the same (a forced reload).
// params: $docId, $sha256 (of the new version)   returns: count
MATCH (d:SourceDocument {id: $docId})
WHERE d.sha256 <> $sha256
MERGE (v:DocumentVersion {id: $docId + '@' + d.sha256})
ON CREATE SET v.sha256 = d.sha256, v.loadedAt = d.loadedAt, v.fileName = d.fileName, v.text = d.text
MERGE (v)-[:VERSION_OF]->(d)
RETURN count(v) AS count
