// Bulk form of write/upsert-positions: the same statement over the rows of many new documents at once, each row
// carrying its own docId (and jurisdictionId, familyId where the per-document form takes them as parameters).
// params: $rows
UNWIND $rows AS x
MATCH (d:SourceDocument {id: x.docId})
MATCH (c:JobClass {id: x.classId})
MERGE (p:Position {id: x.id})
SET p.number = x.number, p.workingTitle = x.workingTitle, p.formerNumber = x.formerNumber
MERGE (p)-[:CLASSIFIED_AS {doc: x.docId}]->(c)
MERGE (p)-[s:DESCRIBED_IN {doc: x.docId}]->(d)
SET s.start = x.start, s.end = x.end
RETURN count(*) AS count
