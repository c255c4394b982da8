// One page of classes in title or pay order (offset paging: jobClasses with orderBy other than ID). Pay is the
// numeric grade, else the numeric band; classes without one come last either way.
// params: $skip, $limit, $orderBy ('TITLE' | 'PAY_ASC' | 'PAY_DESC'), $jurisdictionId, $seriesId, $specified, $code,
//         $payGradeMin/Max, $payBandMin/Max, $flsaStatus, $competencyId (each filter may be null)
// returns: value
MATCH (c:JobClass)
WHERE ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
  AND ($code IS NULL OR c.code = $code)
  AND ($seriesId IS NULL OR EXISTS { (:ClassSeries {id: $seriesId})-[:HAS_LEVEL]->(c) })
  AND ($payGradeMin IS NULL OR toFloatOrNull(c.payGrade) >= $payGradeMin)
  AND ($payGradeMax IS NULL OR toFloatOrNull(c.payGrade) <= $payGradeMax)
  AND ($payBandMin IS NULL OR toFloatOrNull(c.payBand) >= $payBandMin)
  AND ($payBandMax IS NULL OR toFloatOrNull(c.payBand) <= $payBandMax)
  AND ($flsaStatus IS NULL OR c.flsaStatus = $flsaStatus)
  AND ($competencyId IS NULL OR EXISTS { (c)-[:REQUIRES]->(:Competency {id: $competencyId}) })
WITH c, toFloatOrNull(coalesce(c.payGrade, c.payBand)) AS pay
ORDER BY CASE WHEN $orderBy = 'TITLE' THEN toLower(c.title) END,
         CASE WHEN $orderBy = 'PAY_ASC' THEN pay END,
         CASE WHEN $orderBy = 'PAY_DESC' THEN -pay END,
         c.id
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN c {.*} AS value
