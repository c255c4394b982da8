// Neo4j Browser: classes a plan names but no loaded document specifies yet, with the classes that name them.
// params: $jurisdictionId   (:param jurisdictionId => 'state-of-ohio')
MATCH named = (:JobClass {jurisdictionId: $jurisdictionId})-[:DISTINGUISHED_FROM|PROMOTES_TO]-(r:JobClass {specified: false})
RETURN named
LIMIT 200
