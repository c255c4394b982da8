// Job families a plan table names, and the classes it puts in a family directly (those with no series; a
// series carries the family for its levels).
// params: $docId, $jurisdictionId, $families [{id, name, classIds, start, end}]   returns: count
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $families AS x
MERGE (f:JobFamily {id: x.id})
ON CREATE SET f.name = x.name
MERGE (f)-[:IN]->(j)
MERGE (f)-[p:DESCRIBED_IN {doc: $docId}]->(d)
SET p.start = x.start, p.end = x.end
WITH f, x
UNWIND x.classIds AS classId
MATCH (c:JobClass {id: classId})
MERGE (c)-[:IN_FAMILY {doc: $docId}]->(f)
RETURN count(*) AS count
