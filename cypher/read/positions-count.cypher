// How many positions match the positions-page filters.
// params: $jurisdictionId, $agencyId, $classId, $payBandMin, $payBandMax, $payGradeMin, $payGradeMax, $workingTitle
// returns: total
MATCH (p:Position)-[:CLASSIFIED_AS]->(c:JobClass)
WHERE ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($classId IS NULL OR c.id = $classId)
  AND ($payBandMin IS NULL OR toFloatOrNull(c.payBand) >= $payBandMin)
  AND ($payBandMax IS NULL OR toFloatOrNull(c.payBand) <= $payBandMax)
  AND ($payGradeMin IS NULL OR toFloatOrNull(c.payGrade) >= $payGradeMin)
  AND ($payGradeMax IS NULL OR toFloatOrNull(c.payGrade) <= $payGradeMax)
  AND ($workingTitle IS NULL OR toLower(coalesce(p.workingTitle, '')) CONTAINS $workingTitle)
  AND ($agencyId IS NULL OR EXISTS { (p)-[:DESCRIBED_IN]->(:SourceDocument)-[:ISSUED_BY]->(:Agency {id: $agencyId}) })
RETURN count(DISTINCT p) AS total
