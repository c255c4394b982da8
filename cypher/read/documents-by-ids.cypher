// Source documents by id (without their text).
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (d:SourceDocument {id: id})
RETURN id AS key, d {.id, .key, .fileName, .sha256, .format, .url, .loadedAt, .mediaType, .originalSha256, .pageNumbers, .pageStarts, pageCount: size(d.pageNumbers), length: size(d.text)} AS value
