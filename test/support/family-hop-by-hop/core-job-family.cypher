// Frozen copy of cypher/read/family-core-job-family.cypher from before classFamily read a family in one round trip:
// the hop-by-hop reference of test/integration/family-one-trip.test.ts (see test/support/family-hop-by-hop.ts).
// Class family around a job family: the family, the series IN_FAMILY it and their levels (HAS_LEVEL).
// No rows: there is no such job family. Bounded by $limit (the caller passes maxNodes + 1).
// params: $id, $limit   returns: label, node (properties), depth (0 the scope node, 1 its members)
MATCH (f:JobFamily {id: $id})
CALL (f) {
  RETURN 'JobFamily' AS label, f AS n, 0 AS depth
  UNION
  MATCH (s:ClassSeries)-[:IN_FAMILY]->(f) RETURN 'ClassSeries' AS label, s AS n, 1 AS depth
  UNION
  MATCH (s:ClassSeries)-[:IN_FAMILY]->(f) MATCH (s)-[:HAS_LEVEL]->(c:JobClass) RETURN 'JobClass' AS label, c AS n, 1 AS depth
}
WITH DISTINCT label, n, depth
RETURN label, n {.*} AS node, depth
ORDER BY depth, label, node.id
LIMIT toInteger($limit)
