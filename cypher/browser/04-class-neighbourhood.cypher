// Neo4j Browser: a class neighbourhood, its series, promotions both ways, distinctions, competencies and positions.
// params: $classId   (:param classId => 'state-of-ohio:62721S')
MATCH (c:JobClass {id: $classId})
OPTIONAL MATCH around = (c)-[:HAS_LEVEL|PROMOTES_TO|DISTINGUISHED_FROM|REQUIRES|CLASSIFIED_AS]-()
RETURN c, around
LIMIT 300
