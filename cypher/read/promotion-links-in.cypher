// One step down from each class of a frontier: the classes that promote into it, each move folded over its
// PROMOTES_TO edges (explicit when any edge is; months the least any edge states). Feeder classes, level by level.
// params: $ids, $includeInferred   returns: from, to, explicit, months
UNWIND $ids AS id
MATCH (o:JobClass)-[r:PROMOTES_TO]->(:JobClass {id: id})
WHERE $includeInferred OR NOT r.inferred
WITH id, o.id AS from, collect(r) AS rs
RETURN from, id AS to,
       any(x IN rs WHERE NOT x.inferred) AS explicit,
       reduce(m = null, x IN rs | CASE WHEN x.monthsExperience IS NULL THEN m WHEN m IS NULL OR x.monthsExperience < m THEN x.monthsExperience ELSE m END) AS months
ORDER BY to, from
