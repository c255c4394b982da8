// Every class of one plan, with its place in a series, for the plan audit.
// params: $jurisdictionId   returns: id, code, title, specified, seriesId, rank, payGrade, payBand
MATCH (c:JobClass {jurisdictionId: $jurisdictionId})
OPTIONAL MATCH (s:ClassSeries)-[r:HAS_LEVEL]->(c)
WITH c, s, min(r.rank) AS rank
RETURN c.id AS id, c.code AS code, c.title AS title, coalesce(c.specified, false) AS specified,
       s.id AS seriesId, rank, c.payGrade AS payGrade, c.payBand AS payBand
ORDER BY id, seriesId
