// (JobClass)-[:DISTINGUISHED_FROM {statement}]->(JobClass), as the first class's document states it.
// provenance is DOCUMENT, or ANALYST with correctedBy, correctionReason, correctionId (an analyst's correction).
// params: $docId, $distinctions [{fromId, toId, statement, start, end, provenance, correctedBy, correctionReason, correctionId}]   returns: count
UNWIND $distinctions AS x
MATCH (a:JobClass {id: x.fromId}), (b:JobClass {id: x.toId})
MERGE (a)-[r:DISTINGUISHED_FROM {doc: $docId, statement: x.statement}]->(b)
SET r.start = x.start, r.end = x.end,
    r.provenance = x.provenance, r.correctedBy = x.correctedBy, r.correctionReason = x.correctionReason, r.correctionId = x.correctionId
RETURN count(*) AS count
