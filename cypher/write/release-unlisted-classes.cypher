// A class the previous version of a plan table listed and this one does not: what the table owned is cleared
// (an unspecified class loses its grade and band; garbage collection removes it when nothing else describes it).
// params: $docId, $classIds (the ids this version lists)   returns: count
MATCH (c:JobClass {listedBy: $docId})
WHERE NOT c.id IN $classIds
WITH c, coalesce(c.specified, false) AS specified
SET c.listedBy = null, c.listedPayGrade = null, c.listedPayBand = null,
    c.payGrade = CASE WHEN specified THEN c.payGrade ELSE null END,
    c.payBand = CASE WHEN specified THEN c.payBand ELSE null END
RETURN count(c) AS count
