// Minimum-qualification clauses of each class; owned by the document.
// params: $docId, $qualifications [{id, classId, kind, text, option, educationLevel, educationRank, months, subject, order, start, end}]
// returns: count
MATCH (d:SourceDocument {id: $docId})
UNWIND $qualifications AS x
MATCH (c:JobClass {id: x.classId})
MERGE (n:Qualification {id: x.id})
SET n.kind = x.kind, n.text = x.text, n.option = x.option, n.educationLevel = x.educationLevel,
    n.educationRank = x.educationRank, n.months = x.months, n.subject = x.subject, n.order = x.order
MERGE (c)-[r:HAS_QUALIFICATION {doc: $docId}]->(n)
SET r.order = x.order
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = x.start, p.end = x.end
RETURN count(*) AS count
