// Up to 10 shortest promotion paths from one class to another over PROMOTION_STEP (one edge per move), the
// caller cutting to its limit. Bounded at 10 steps; the caller also sets a transaction timeout.
// params: $from, $to, $includeInferred, $maxSteps, $limit   returns: nodeIds
MATCH (a:JobClass {id: $from}), (b:JobClass {id: $to})
MATCH p = SHORTEST 10 (a)-[s:PROMOTION_STEP WHERE $includeInferred OR s.explicit]->{1,10}(b)
WITH p
WHERE length(p) <= $maxSteps
RETURN [n IN nodes(p) | n.id] AS nodeIds
ORDER BY length(p)
LIMIT toInteger($limit)
