// The corrections stored for a document, oldest first, with what the last load made of each.
// params: $docId   returns: correction (properties)
MATCH (c:Correction)-[:CORRECTS]->(:SourceDocument {id: $docId})
RETURN c {.*} AS correction
ORDER BY c.createdAt, c.id
