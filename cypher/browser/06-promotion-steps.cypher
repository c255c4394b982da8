// Neo4j Browser: promotion steps, every class reachable upward from a class in up to four moves (PROMOTION_STEP:
// one derived edge per move, explicit = true when a qualification clause states it).
// params: $classId   (:param classId => 'state-of-ohio:62721S')
MATCH steps = (:JobClass {id: $classId})-[:PROMOTION_STEP]->{1,4}(:JobClass)
RETURN steps
LIMIT 200
