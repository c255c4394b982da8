// Promotion paths in one round trip: both end classes, then (when both exist and are of one employer) up to
// $limit of the 10 shortest paths over PROMOTION_STEP with at most $maxSteps steps, each with its classes and
// the PROMOTES_TO edges behind every step (basis, months, cited passage). Always one row: from/to are null for
// an unknown id, paths is empty when there is no path. The caller also sets a transaction timeout.
// params: $from, $to, $includeInferred, $maxSteps, $limit
// returns: from (properties), to (properties), paths [{nodes: [properties], steps: [{from, to, edges}]}]
OPTIONAL MATCH (a:JobClass {id: $from})
OPTIONAL MATCH (b:JobClass {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a.jurisdictionId = b.jurisdictionId
  MATCH p = SHORTEST 10 (a)-[s:PROMOTION_STEP WHERE $includeInferred OR s.explicit]->{1,10}(b)
  WITH p WHERE length(p) <= $maxSteps
  WITH p ORDER BY length(p) LIMIT toInteger($limit)
  CALL (p) {
    UNWIND relationships(p) AS s
    WITH startNode(s) AS x, endNode(s) AS y
    CALL (x, y) {
      MATCH (x)-[e:PROMOTES_TO]->(y)
      WHERE $includeInferred OR NOT e.inferred
      WITH e ORDER BY e.inferred, e.basis
      RETURN collect(e {.*}) AS edges
    }
    RETURN collect({from: x.id, to: y.id, edges: edges}) AS steps
  }
  RETURN collect({nodes: [n IN nodes(p) | n {.*}], steps: steps}) AS paths
}
RETURN a {.*} AS from, b {.*} AS to, paths
