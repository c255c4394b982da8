// One step up from each class of a frontier: the classes it promotes to, each move folded over its
// PROMOTES_TO edges (explicit when any edge is; months the least any edge states). Career horizon, level by level.
// params: $ids, $includeInferred   returns: from, to, explicit, months
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[r:PROMOTES_TO]->(o:JobClass)
WHERE $includeInferred OR NOT r.inferred
WITH id, o.id AS to, collect(r) AS rs
RETURN id AS from, to,
       any(x IN rs WHERE NOT x.inferred) AS explicit,
       reduce(m = null, x IN rs | CASE WHEN x.monthsExperience IS NULL THEN m WHEN m IS NULL OR x.monthsExperience < m THEN x.monthsExperience ELSE m END) AS months
ORDER BY from, to
