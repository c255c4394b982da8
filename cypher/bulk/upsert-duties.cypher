// Bulk form of write/upsert-duties for NEW documents only: a duty's id includes its document's id, so the
// duty, its HAS_DUTY and its DESCRIBED_IN are all new and are CREATEd (ids are unique per row).
// params: $rows [{docId, id, classId, text, percentOfTime, essential, order, start, end}]   returns: count
UNWIND $rows AS x
MATCH (d:SourceDocument {id: x.docId})
MATCH (c:JobClass {id: x.classId})
CREATE (n:Duty {id: x.id, text: x.text, percentOfTime: x.percentOfTime, essential: x.essential, order: x.order})
CREATE (c)-[:HAS_DUTY {doc: x.docId, order: x.order}]->(n)
CREATE (n)-[:DESCRIBED_IN {doc: x.docId, start: x.start, end: x.end}]->(d)
RETURN count(*) AS count
