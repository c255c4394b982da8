// Bulk form of write/upsert-qualifications for NEW documents only: a qualification's id includes its
// document's id, so it and its relationships are all new and are CREATEd (ids are unique per row).
// params: $rows [{docId, id, classId, kind, text, option, educationLevel, educationRank, months, subject, order, start, end}]
// returns: count
UNWIND $rows AS x
MATCH (d:SourceDocument {id: x.docId})
MATCH (c:JobClass {id: x.classId})
CREATE (n:Qualification {id: x.id, kind: x.kind, text: x.text, option: x.option, educationLevel: x.educationLevel,
                         educationRank: x.educationRank, months: x.months, subject: x.subject, order: x.order})
CREATE (c)-[:HAS_QUALIFICATION {doc: x.docId, order: x.order}]->(n)
CREATE (n)-[:DESCRIBED_IN {doc: x.docId, start: x.start, end: x.end}]->(d)
RETURN count(*) AS count
