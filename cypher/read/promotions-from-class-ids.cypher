// Classes each class promotes to (one step up), with every PROMOTES_TO edge behind the move, explicit first.
// For JobClass.promotesTo through a DataLoader.
// params: $ids   returns: key, value (list of {other, edges})
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[r:PROMOTES_TO]->(o:JobClass)
WITH id, o, r ORDER BY r.inferred, r.basis
WITH id, o, collect(r {.*}) AS edges ORDER BY o.id
RETURN id AS key, collect({other: o {.*}, edges: edges}) AS value
