// Neo4j Browser: shared competencies, the classes (any series, any employer) that require what a class requires,
// under the same name or an equivalent one (SAME_AS via the canonical competency).
// params: $classId   (:param classId => 'state-of-ohio:62721S')
MATCH own = (c:JobClass {id: $classId})-[:REQUIRES]->(k:Competency)
MATCH shared = (k)-[:SAME_AS]-{0,2}(:Competency)<-[:REQUIRES]-(other:JobClass)
WHERE other <> c
RETURN own, shared
LIMIT 300
