// Positions (seats) and the class each is classified in.
// params: $docId, $positions [{id, number, workingTitle, formerNumber, classId, start, end}]   returns: count
MATCH (d:SourceDocument {id: $docId})
UNWIND $positions AS x
MATCH (c:JobClass {id: x.classId})
MERGE (p:Position {id: x.id})
SET p.number = x.number, p.workingTitle = x.workingTitle, p.formerNumber = x.formerNumber
MERGE (p)-[:CLASSIFIED_AS {doc: $docId}]->(c)
MERGE (p)-[s:DESCRIBED_IN {doc: $docId}]->(d)
SET s.start = x.start, s.end = x.end
RETURN count(*) AS count
