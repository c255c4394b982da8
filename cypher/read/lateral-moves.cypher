// Lateral moves: classes a distinguishing statement compares with this one where no promotion direction
// is known either way (peers in a plan, e.g. two full-performance professional classes).
// params: $id   returns: target, statements
MATCH (c:JobClass {id: $id})-[d:DISTINGUISHED_FROM]-(o:JobClass)
WHERE NOT (c)-[:PROMOTION_STEP]-(o)
RETURN o {.*} AS target, collect(d {.*}) AS statements
ORDER BY target.id
