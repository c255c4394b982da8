// The revision records of each class, oldest first.
// params: $ids   returns: key, value (list of {loadedAt, sha256, doc, snapshot})
UNWIND $ids AS id
MATCH (r:ClassRevision)-[:REVISION_OF]->(:JobClass {id: id})
WITH id, r ORDER BY r.loadedAt, r.id
RETURN id AS key, collect(r {.loadedAt, .sha256, .doc, .snapshot}) AS value
