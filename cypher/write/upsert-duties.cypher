// Duties of each class; owned by the document (removed with it).
// params: $docId, $duties [{id, classId, text, percentOfTime, essential, order, start, end}]   returns: count
MATCH (d:SourceDocument {id: $docId})
UNWIND $duties AS x
MATCH (c:JobClass {id: x.classId})
MERGE (n:Duty {id: x.id})
SET n.text = x.text, n.percentOfTime = x.percentOfTime, n.essential = x.essential, n.order = x.order
MERGE (c)-[r:HAS_DUTY {doc: $docId}]->(n)
SET r.order = x.order
MERGE (n)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = x.start, p.end = x.end
RETURN count(*) AS count
