// The PROMOTES_TO edges behind each move, keyed "from>to", explicit first; for a DataLoader over the steps of
// career horizons (the caller drops inferred edges when asked to).
// params: $ids (keys "from>to")   returns: key, value (list)
UNWIND $ids AS key
WITH key, split(key, '>') AS ends
MATCH (:JobClass {id: ends[0]})-[r:PROMOTES_TO]->(:JobClass {id: ends[1]})
WITH key, r ORDER BY r.inferred, r.basis
RETURN key, collect(r {.*}) AS value
