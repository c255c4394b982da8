// Frozen copy of cypher/read/family-core-series.cypher from before classFamily read a family in one round trip:
// the hop-by-hop reference of test/integration/family-one-trip.test.ts (see test/support/family-hop-by-hop.ts).
// Class family around a series: the series and its levels (HAS_LEVEL), the rows classFamily starts from.
// No rows: there is no such series. Bounded by $limit (the caller passes maxNodes + 1 to detect truncation).
// params: $id, $limit   returns: label, node (properties), depth (0 the scope node, 1 its members)
MATCH (s:ClassSeries {id: $id})
CALL (s) {
  RETURN 'ClassSeries' AS label, s AS n, 0 AS depth
  UNION
  MATCH (s)-[:HAS_LEVEL]->(c:JobClass) RETURN 'JobClass' AS label, c AS n, 1 AS depth
}
WITH DISTINCT label, n, depth
RETURN label, n {.*} AS node, depth
ORDER BY depth, label, node.id
LIMIT toInteger($limit)
