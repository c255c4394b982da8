// (JobClass)-[:PROMOTES_TO {basis, inferred, monthsExperience, statement}]->(JobClass): explicit edges from
// qualification clauses ("6 mos. exp. as X"), inferred ones from series order and distinguishing statements.
// provenance is DOCUMENT, or ANALYST with correctedBy, correctionReason, correctionId (an analyst's correction).
// params: $docId, $promotions [{fromId, toId, basis, inferred, monthsExperience, statement, start, end, provenance, correctedBy, correctionReason, correctionId}]   returns: count
UNWIND $promotions AS x
MATCH (a:JobClass {id: x.fromId}), (b:JobClass {id: x.toId})
MERGE (a)-[r:PROMOTES_TO {doc: $docId, basis: x.basis}]->(b)
SET r.inferred = x.inferred, r.monthsExperience = x.monthsExperience, r.statement = x.statement,
    r.start = x.start, r.end = x.end,
    r.provenance = x.provenance, r.correctedBy = x.correctedBy, r.correctionReason = x.correctionReason, r.correctionId = x.correctionId
RETURN count(*) AS count
