// Bulk form of write/upsert-competencies for NEW documents only: no relationship carrying their docId exists
// yet, so REQUIRES and DESCRIBED_IN are CREATEd instead of MERGEd (a MERGE checks every REQUIRES of a shared
// competency). The caller removes the rows a MERGE would have folded together: one per (class, competency,
// kind, doc) for REQUIRES (the last one, as a MERGE + SET leaves it), and marks the first row of each
// (competency, doc) with describes: true and that first row's span (describedStart, describedEnd), which is
// what coalesce() leaves on the DESCRIBED_IN.
// params: $rows [{docId, classId, competencyId, name, kind, definition, order, start, end, describes, describedStart, describedEnd}]
// returns: count
UNWIND $rows AS x
MATCH (d:SourceDocument {id: x.docId})
MATCH (c:JobClass {id: x.classId})
MERGE (k:Competency {id: x.competencyId})
ON CREATE SET k.name = x.name
CREATE (c)-[:REQUIRES {doc: x.docId, as: x.kind, definition: x.definition, order: x.order, start: x.start, end: x.end,
  provenance: x.provenance, correctedBy: x.correctedBy, correctionReason: x.correctionReason, correctionId: x.correctionId}]->(k)
FOREACH (_ IN CASE WHEN x.describes THEN [1] ELSE [] END |
  CREATE (k)-[:DESCRIBED_IN {doc: x.docId, start: x.describedStart, end: x.describedEnd}]->(d)
)
RETURN count(*) AS count
