// Look-ahead for a list of classes whose series, levels and the levels' competencies were all selected: the
// series of each class with their levels (lowest rank first) and what each level requires, in one round trip
// instead of one per nesting level. Each series appears once, with the classes it was reached from. Only the
// properties the selection reads are returned (as lists of values in the order of the $...Props names), which
// made this statement about three times cheaper in Neo4j than projecting every property of every node.
// params: $ids, $cap (most levels per series and competencies per level), $seriesProps, $levelProps,
//         $competencyProps, $requirementProps (property names)
// returns: series [values], members [{id, rank}], levels [[level values, rank, [[competency values, requirement values]]]]
UNWIND $ids AS id
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
RETURN [p IN $seriesProps | s[p]] AS series, members, levels
