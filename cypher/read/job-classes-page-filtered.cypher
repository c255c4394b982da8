// One page of classes in id order when a pay, FLSA or competency filter is present (checked on every row of the
// range seek on ids; the other pages are chosen by their driving filter).
// params: $after (id or ''), $limit, $jurisdictionId, $seriesId, $specified, $code (each may be null)
//         $payGradeMin/Max, $payBandMin/Max (numeric grades and bands only), $flsaStatus, $competencyId
// returns: value
MATCH (c:JobClass)
WHERE c.id > $after
  AND ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
  AND ($code IS NULL OR c.code = $code)
  AND ($seriesId IS NULL OR EXISTS { (:ClassSeries {id: $seriesId})-[:HAS_LEVEL]->(c) })
  AND ($payGradeMin IS NULL OR toFloatOrNull(c.payGrade) >= $payGradeMin)
  AND ($payGradeMax IS NULL OR toFloatOrNull(c.payGrade) <= $payGradeMax)
  AND ($payBandMin IS NULL OR toFloatOrNull(c.payBand) >= $payBandMin)
  AND ($payBandMax IS NULL OR toFloatOrNull(c.payBand) <= $payBandMax)
  AND ($flsaStatus IS NULL OR c.flsaStatus = $flsaStatus)
  AND ($competencyId IS NULL OR EXISTS { (c)-[:REQUIRES]->(:Competency {id: $competencyId}) })
RETURN c {.*} AS value
ORDER BY c.id
LIMIT toInteger($limit)
