// Distinguishing statements touching each class, in both directions, with their provenance (DOCUMENT or ANALYST).
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (c:JobClass {id: id})-[r:DISTINGUISHED_FROM]-(o:JobClass)
RETURN id AS key,
       collect({other: o {.*}, statement: r.statement, outgoing: startNode(r) = c, doc: r.doc, start: r.start, end: r.end,
               provenance: r.provenance, correctedBy: r.correctedBy, correctionReason: r.correctionReason, correctionId: r.correctionId})[..$cap] AS value
