// The PROMOTES_TO edges behind each step (from -> to), each with its basis and cited passage.
// params: $pairs [{from, to}], $includeInferred   returns: key ("from>to"), value (list)
UNWIND $pairs AS pair
MATCH (:JobClass {id: pair.from})-[r:PROMOTES_TO]->(:JobClass {id: pair.to})
WHERE $includeInferred OR NOT r.inferred
WITH pair, r ORDER BY r.inferred, r.basis
RETURN pair.from + '>' + pair.to AS key, collect(r {.*}) AS value
