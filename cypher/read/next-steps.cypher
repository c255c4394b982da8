// Classes one promotion up from a class, with every edge that supports the move.
// params: $id, $includeInferred   returns: target, edges
MATCH (:JobClass {id: $id})-[r:PROMOTES_TO]->(o:JobClass)
WHERE $includeInferred OR NOT r.inferred
WITH o, r ORDER BY r.inferred, r.basis
RETURN o {.*} AS target, collect(r {.*}) AS edges
ORDER BY target.id
