// Frozen copy of cypher/read/family-core-class.cypher from before classFamily read a family in one round trip:
// the hop-by-hop reference of test/integration/family-one-trip.test.ts (see test/support/family-hop-by-hop.ts).
// Class family around one class: the class itself; its neighbours come from family-neighbours (hops).
// No rows: there is no such class.
// params: $id, $limit   returns: label, node (properties), depth
MATCH (c:JobClass {id: $id})
RETURN 'JobClass' AS label, c {.*} AS node, 0 AS depth
LIMIT toInteger($limit)
