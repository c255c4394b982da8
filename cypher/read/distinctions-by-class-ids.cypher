// Distinguishing statements touching each class, in both directions.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (c:JobClass {id: id})-[r:DISTINGUISHED_FROM]-(o:JobClass)
RETURN id AS key,
       collect({other: o {.*}, statement: r.statement, outgoing: startNode(r) = c, doc: r.doc, start: r.start, end: r.end})[..$cap] AS value
