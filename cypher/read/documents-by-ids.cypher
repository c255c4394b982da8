// Source documents by id (without their text).
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (d:SourceDocument {id: id})
RETURN id AS key, d {.id, .key, .fileName, .sha256, .format, .url, .loadedAt, length: size(d.text)} AS value
