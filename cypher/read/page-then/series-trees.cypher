// Continues a page statement (run composed after one, see src/db/cypher-registry.ts): the look-ahead for a page
// of classes whose series, levels and the levels' competencies were all selected. The series of the page's first
// $first classes with their levels (lowest rank first) and what each level requires come back with the page
// itself, in one round trip instead of one per nesting level. Each series appears once, with the classes it was
// reached from. Only the properties the selection reads are returned (as lists of values in the order of the
// $...Props names), which made the look-ahead about three times cheaper in Neo4j than projecting every property.
// params: (the page statement's) $first, $cap (most levels per series, competencies per level), $seriesProps,
//         $levelProps, $competencyProps, $requirementProps (property names)
// returns: page (the page statement's values), trees [[series values, members [{id, rank}],
//          levels [[level values, rank, [[competency values, requirement values]]]]]]
RETURN page, COLLECT {
  UNWIND [c IN page | c.id][..toInteger($first)] AS id
  MATCH (s:ClassSeries)-[r:HAS_LEVEL]->(:JobClass {id: id})
  WITH id, s, min(r.rank) AS rank
  WITH s, collect({id: id, rank: rank}) AS members
  CALL (s) {
    MATCH (s)-[r:HAS_LEVEL]->(l:JobClass)
    WITH l, min(r.rank) AS rank ORDER BY rank, l.id LIMIT toInteger($cap)
    CALL (l) {
      MATCH (l)-[q:REQUIRES]->(k:Competency)
      WITH q, k ORDER BY q.doc, q.order LIMIT toInteger($cap)
      RETURN collect([[p IN $competencyProps | k[p]], [p IN $requirementProps | q[p]]]) AS competencies
    }
    RETURN collect([[p IN $levelProps | l[p]], rank, competencies]) AS levels
  }
  RETURN [[p IN $seriesProps | s[p]], members, levels]
} AS trees
