// One stored document with its text, for the page that shows a cited passage in place.
// params: $docId   returns: doc
MATCH (d:SourceDocument {id: $docId})
RETURN d {.id, .key, .fileName, .format, .url, .sha256, .text} AS doc
