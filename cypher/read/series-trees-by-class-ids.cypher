// Look-ahead for a list of classes whose series, levels and the levels' competencies were all selected: the
// series of each class with their levels (lowest rank first) and what each level requires, in one round trip
// instead of one per nesting level. Each series appears once, with the classes it was reached from.
// params: $ids   returns: series (properties), members [{id, rank}], levels [{level (properties + rank), competencies}]
UNWIND $ids AS id
MATCH (s:ClassSeries)-[r:HAS_LEVEL]->(:JobClass {id: id})
WITH id, s, min(r.rank) AS rank
WITH s, collect({id: id, rank: rank}) AS members
CALL (s) {
  MATCH (s)-[r:HAS_LEVEL]->(l:JobClass)
  WITH l, min(r.rank) AS rank ORDER BY rank, l.id
  CALL (l) {
    MATCH (l)-[q:REQUIRES]->(k:Competency)
    WITH q, k ORDER BY q.doc, q.order
    RETURN collect({competency: k {.*}, kind: q.as, definition: q.definition, doc: q.doc, start: q.start, end: q.end}) AS competencies
  }
  RETURN collect({level: l {.*, rank: rank}, competencies: competencies}) AS levels
}
RETURN s {.*} AS series, members, levels
