// Bulk form of write/upsert-promotions: the same statement over the rows of many new documents at once, each row
// carrying its own docId (and jurisdictionId, familyId where the per-document form takes them as parameters).
// params: $rows
UNWIND $rows AS x
MATCH (a:JobClass {id: x.fromId}), (b:JobClass {id: x.toId})
MERGE (a)-[r:PROMOTES_TO {doc: x.docId, basis: x.basis}]->(b)
SET r.inferred = x.inferred, r.monthsExperience = x.monthsExperience, r.statement = x.statement,
    r.start = x.start, r.end = x.end,
    r.provenance = x.provenance, r.correctedBy = x.correctedBy, r.correctionReason = x.correctionReason, r.correctionId = x.correctionId
RETURN count(*) AS count
