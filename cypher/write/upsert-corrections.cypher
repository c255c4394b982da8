// An analyst's corrections of a document, kept in the graph so they outlive any version of it, with what the last
// load made of each: APPLIED, or STALE with the reason. (:Correction)-[:CORRECTS]->(:SourceDocument) carries no
// {doc}, so retracting the document never removes a correction.
// params: $docId, $corrections [{id, kind, action, spec, description, by, reason, origin, createdAt, status, staleReason, classId}]
// returns: count
MATCH (d:SourceDocument {id: $docId})
UNWIND $corrections AS x
MERGE (c:Correction {id: x.id})
SET c += x, c.documentId = $docId, c.checkedAt = d.loadedAt
MERGE (c)-[:CORRECTS]->(d)
RETURN count(*) AS count
