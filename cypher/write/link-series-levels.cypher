// (ClassSeries)-[:HAS_LEVEL {rank}]->(JobClass), and the inferred promotion edge between consecutive levels.
// params: $docId, $levels [{seriesId, classId, rank, start, end}] sorted by series then rank   returns: count
UNWIND $levels AS l
MATCH (s:ClassSeries {id: l.seriesId}), (c:JobClass {id: l.classId})
MERGE (s)-[r:HAS_LEVEL {doc: $docId}]->(c)
SET r.rank = l.rank
RETURN count(*) AS count
