// The series each class is a level of, with its rank.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (s:ClassSeries)-[r:HAS_LEVEL]->(:JobClass {id: id})
WITH id, s, min(r.rank) AS rank
RETURN id AS key, s {.*, rank: rank} AS value
