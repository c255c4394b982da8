/**
 * The hand-written Cypher of the bare-driver contender: what a person would write for each workload with the
 * driver alone, one statement and one round trip per request. It is the ceiling our server is measured against.
 */

/** A page of 20 of an employer's classes -> their series -> its levels -> competencies -> classes requiring each (the first $limit by id). */
export const NESTED_READ = `
MATCH (c:JobClass)
WHERE c.jurisdictionId = $jurisdictionId AND c.id > $after
WITH c ORDER BY c.jurisdictionId, c.id LIMIT 20
CALL (c) {
  MATCH (s:ClassSeries)-[:HAS_LEVEL]->(c)
  WITH DISTINCT s
  CALL (s) {
    MATCH (s)-[r:HAS_LEVEL]->(l:JobClass)
    WITH l, min(r.rank) AS rank ORDER BY rank, l.id
    CALL (l) {
      MATCH (l)-[:REQUIRES]->(k:Competency)
      WITH DISTINCT k
      CALL (k) {
        MATCH (k)<-[:REQUIRES]-(o:JobClass)
        WITH DISTINCT o ORDER BY o.id LIMIT toInteger($limit)
        RETURN collect(o { .id, .title }) AS requiredBy
      }
      RETURN collect(k { .id, .name, requiredBy: requiredBy }) AS competencies
    }
    RETURN collect(l { .id, .title, competencies: competencies }) AS levels
  }
  RETURN collect(s { .id, .title, levels: levels }) AS series
}
RETURN c { .id, .title, series: series } AS class`;

/** The same page down to the competencies, without the classes requiring them. */
export const NESTED_READ_SHALLOW = `
MATCH (c:JobClass)
WHERE c.jurisdictionId = $jurisdictionId AND c.id > $after
WITH c ORDER BY c.jurisdictionId, c.id LIMIT 20
CALL (c) {
  MATCH (s:ClassSeries)-[:HAS_LEVEL]->(c)
  WITH DISTINCT s
  CALL (s) {
    MATCH (s)-[r:HAS_LEVEL]->(l:JobClass)
    WITH l, min(r.rank) AS rank ORDER BY rank, l.id
    CALL (l) {
      MATCH (l)-[:REQUIRES]->(k:Competency)
      WITH DISTINCT k
      RETURN collect(k { .id, .name }) AS competencies
    }
    RETURN collect(l { .id, .title, competencies: competencies }) AS levels
  }
  RETURN collect(s { .id, .title, levels: levels }) AS series
}
RETURN c { .id, .title, series: series } AS class`;

/** Shortest promotion paths with the cited edges of every step: one statement. */
export const PROMOTION_PATHS = `
MATCH (a:JobClass {id: $from}), (b:JobClass {id: $to})
MATCH p = SHORTEST 10 (a)-[:PROMOTION_STEP]->{1,10}(b)
WITH p WHERE length(p) <= $maxSteps
WITH p ORDER BY length(p) LIMIT toInteger($limit)
CALL (p) {
  UNWIND relationships(p) AS s
  WITH startNode(s) AS x, endNode(s) AS y
  CALL (x, y) {
    MATCH (x)-[e:PROMOTES_TO]->(y)
    WITH e ORDER BY e.inferred, e.basis
    RETURN collect(e { .basis, .inferred, .monthsExperience, .statement }) AS edges
  }
  RETURN collect({ from: x.id, to: y.id, edges: edges }) AS steps
}
RETURN { nodeIds: [n IN nodes(p) | n.id], steps: steps } AS path`;
