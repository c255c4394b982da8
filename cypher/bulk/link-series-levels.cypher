// Bulk form of write/link-series-levels: the same statement over the rows of many new documents at once, each row
// carrying its own docId (and jurisdictionId, familyId where the per-document form takes them as parameters).
// params: $rows
UNWIND $rows AS l
MATCH (s:ClassSeries {id: l.seriesId}), (c:JobClass {id: l.classId})
MERGE (s)-[r:HAS_LEVEL {doc: l.docId}]->(c)
SET r.rank = l.rank
RETURN count(*) AS count
