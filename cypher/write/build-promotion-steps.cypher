// Recreates PROMOTION_STEP edges around the given classes from their PROMOTES_TO edges. `explicit` is true
// when any supporting edge comes from a qualification clause; `months` is the least experience any states.
// params: $classIds   returns: count
UNWIND $classIds AS id
MATCH (:JobClass {id: id})-[r:PROMOTES_TO]-()
WITH DISTINCT r
WITH startNode(r) AS a, endNode(r) AS b, collect(r) AS rs
MERGE (a)-[s:PROMOTION_STEP]->(b)
SET s.explicit = any(x IN rs WHERE NOT x.inferred),
    s.months = reduce(m = null, x IN rs | CASE WHEN x.monthsExperience IS NULL THEN m WHEN m IS NULL OR x.monthsExperience < m THEN x.monthsExperience ELSE m END)
RETURN count(*) AS count
