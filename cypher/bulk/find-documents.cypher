// Which of a batch's documents are already in the graph, and with which text (sha256).
// params: $docIds   returns: id, sha256
UNWIND $docIds AS id
MATCH (d:SourceDocument {id: id})
RETURN d.id AS id, d.sha256 AS sha256
