// (JobClass)-[:REQUIRES {as, definition}]->(Competency). One Competency node per normalized name, shared by
// every document that names it; the definition a document gives stays on its own REQUIRES edge.
// provenance is DOCUMENT, or ANALYST with correctedBy, correctionReason, correctionId (an analyst's correction).
// params: $docId, $requirements [{classId, competencyId, name, kind, definition, order, start, end, provenance, correctedBy, correctionReason, correctionId}]   returns: count
MATCH (d:SourceDocument {id: $docId})
UNWIND $requirements AS x
MATCH (c:JobClass {id: x.classId})
MERGE (k:Competency {id: x.competencyId})
ON CREATE SET k.name = x.name
MERGE (c)-[r:REQUIRES {doc: $docId, as: x.kind}]->(k)
SET r.definition = x.definition, r.order = x.order, r.start = x.start, r.end = x.end,
    r.provenance = x.provenance, r.correctedBy = x.correctedBy, r.correctionReason = x.correctionReason, r.correctionId = x.correctionId
MERGE (k)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = coalesce(p.start, x.start), p.end = coalesce(p.end, x.end)
RETURN count(*) AS count
