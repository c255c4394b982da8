// Before a revised document replaces the stored one, keeps the stored version (text, hash, when it was loaded).
// params: $docId   returns: count
MATCH (d:SourceDocument {id: $docId})
MERGE (v:DocumentVersion {id: $docId + '@' + d.sha256})
ON CREATE SET v.sha256 = d.sha256, v.loadedAt = d.loadedAt, v.fileName = d.fileName, v.text = d.text
MERGE (v)-[:VERSION_OF]->(d)
RETURN count(v) AS count
