// Earlier versions of each document, kept when a revision replaced them; oldest first.
// params: $ids   returns: key, value (list of {sha256, loadedAt, fileName, length})
UNWIND $ids AS id
MATCH (v:DocumentVersion)-[:VERSION_OF]->(:SourceDocument {id: id})
WITH id, v ORDER BY v.loadedAt
RETURN id AS key, collect(v {.sha256, .loadedAt, .fileName, length: size(v.text)}) AS value
