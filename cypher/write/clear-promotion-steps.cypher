// Derived edges: one (a)-[:PROMOTION_STEP]->(b) per ordered pair with any PROMOTES_TO edge, so path search
// sees each move once however many documents and bases support it. This clears them around the given classes;
// build-promotion-steps recreates them from the PROMOTES_TO edges that remain.
// params: $classIds   returns: cleared
UNWIND $classIds AS id
MATCH (:JobClass {id: id})-[s:PROMOTION_STEP]-()
WITH DISTINCT s
DELETE s
RETURN count(*) AS cleared
