// Frozen copy of cypher/read/family-core-jurisdiction.cypher from before classFamily read a family in one round trip:
// the hop-by-hop reference of test/integration/family-one-trip.test.ts (see test/support/family-hop-by-hop.ts).
// An employer's plan: the jurisdiction and everything IN it (agencies, job families, series, classes).
// No rows: there is no such jurisdiction. Bounded by $limit (the caller passes maxNodes + 1).
// params: $id, $limit   returns: label, node (properties), depth (0 the scope node, 1 its members)
MATCH (j:Jurisdiction {id: $id})
CALL (j) {
  RETURN 'Jurisdiction' AS label, j AS n, 0 AS depth
  UNION
  MATCH (x)-[:IN]->(j) WHERE x:Agency OR x:JobFamily OR x:ClassSeries OR x:JobClass
  RETURN CASE WHEN x:Agency THEN 'Agency' WHEN x:JobFamily THEN 'JobFamily' WHEN x:ClassSeries THEN 'ClassSeries' ELSE 'JobClass' END AS label,
         x AS n, 1 AS depth
}
WITH DISTINCT label, n, depth
RETURN label, n {.*} AS node, depth
ORDER BY depth, label, node.id
LIMIT toInteger($limit)
