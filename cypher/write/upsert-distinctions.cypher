// (JobClass)-[:DISTINGUISHED_FROM {statement}]->(JobClass), as the first class's document states it.
// params: $docId, $distinctions [{fromId, toId, statement, start, end}]   returns: count
UNWIND $distinctions AS x
MATCH (a:JobClass {id: x.fromId}), (b:JobClass {id: x.toId})
MERGE (a)-[r:DISTINGUISHED_FROM {doc: $docId, statement: x.statement}]->(b)
SET r.start = x.start, r.end = x.end
RETURN count(*) AS count
