// One revision record per class a document specifies, each time a new version of the document is loaded:
// the class as that version left it (a JSON snapshot), so successive records say what changed.
// params: $docId, $revisions [{classId, snapshot}]   returns: count
MATCH (d:SourceDocument {id: $docId})
UNWIND $revisions AS x
MATCH (c:JobClass {id: x.classId})
MERGE (r:ClassRevision {id: x.classId + '@' + d.sha256})
ON CREATE SET r.classId = x.classId, r.doc = $docId, r.sha256 = d.sha256, r.loadedAt = d.loadedAt, r.snapshot = x.snapshot
MERGE (r)-[:REVISION_OF]->(c)
RETURN count(r) AS count
