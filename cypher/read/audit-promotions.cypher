// Every promotion edge of one plan, with the passage it rests on, for the plan audit (cycles, reachability).
// params: $jurisdictionId   returns: from, to, basis, inferred, statement, doc, start, end
MATCH (a:JobClass {jurisdictionId: $jurisdictionId})-[r:PROMOTES_TO]->(b:JobClass)
RETURN a.id AS from, b.id AS to, r.basis AS basis, r.inferred AS inferred, r.statement AS statement,
       r.doc AS doc, r.start AS start, r.end AS end
ORDER BY from, to, basis
