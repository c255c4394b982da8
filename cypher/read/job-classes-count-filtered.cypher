// How many classes match the page filters, when a pay, FLSA or competency filter is present.
// params: $jurisdictionId, $seriesId, $specified, $code   returns: total
//         $payGradeMin/Max, $payBandMin/Max (numeric grades and bands only), $flsaStatus, $competencyId
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
RETURN count(c) AS total
