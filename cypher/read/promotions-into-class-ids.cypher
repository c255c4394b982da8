// Classes that promote into each class (one step down), with every PROMOTES_TO edge behind the move, explicit
// first. For JobClass.promotedFrom through a DataLoader.
// params: $ids   returns: key, value (list of {other, edges})
UNWIND $ids AS id
MATCH (o:JobClass)-[r:PROMOTES_TO]->(:JobClass {id: id})
WITH id, o, r ORDER BY r.inferred, r.basis
WITH id, o, collect(r {.*}) AS edges ORDER BY o.id
RETURN id AS key, collect({other: o {.*}, edges: edges}) AS value
