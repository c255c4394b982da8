// Positions a position table lists, each classified in a class and, when the table says, in an agency of the
// jurisdiction (`agency` on the position, and the Agency node).
// params: $docId, $jurisdictionId, $positions [{id, number, workingTitle, classId, agencyId, agency, start, end}]   returns: count
MATCH (d:SourceDocument {id: $docId}), (j:Jurisdiction {id: $jurisdictionId})
UNWIND $positions AS x
MATCH (c:JobClass {id: x.classId})
MERGE (p:Position {id: x.id})
SET p.number = x.number, p.workingTitle = x.workingTitle, p.agency = x.agency
MERGE (p)-[:CLASSIFIED_AS {doc: $docId}]->(c)
MERGE (p)-[s:DESCRIBED_IN {doc: $docId}]->(d)
SET s.start = x.start, s.end = x.end
FOREACH (a IN CASE WHEN x.agencyId IS NULL THEN [] ELSE [x] END |
  MERGE (ag:Agency {id: a.agencyId})
  ON CREATE SET ag.name = a.agency
  MERGE (ag)-[:IN]->(j)
  MERGE (ag)-[:DESCRIBED_IN {doc: $docId}]->(d)
)
RETURN count(*) AS count
