// One page of positions in id order (index-backed range seek), filtered by employer, agency, class, the class's
// pay band or grade, and words of the working title.
// params: $after (id or ''), $limit, $jurisdictionId, $agencyId, $classId, $payBandMin, $payBandMax,
//         $payGradeMin, $payGradeMax, $workingTitle (lower-case substring) (each filter may be null)
// returns: value
MATCH (p:Position)-[:CLASSIFIED_AS]->(c:JobClass)
WHERE p.id > $after
  AND ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($classId IS NULL OR c.id = $classId)
  AND ($payBandMin IS NULL OR toFloatOrNull(c.payBand) >= $payBandMin)
  AND ($payBandMax IS NULL OR toFloatOrNull(c.payBand) <= $payBandMax)
  AND ($payGradeMin IS NULL OR toFloatOrNull(c.payGrade) >= $payGradeMin)
  AND ($payGradeMax IS NULL OR toFloatOrNull(c.payGrade) <= $payGradeMax)
  AND ($workingTitle IS NULL OR toLower(coalesce(p.workingTitle, '')) CONTAINS $workingTitle)
  AND ($agencyId IS NULL OR EXISTS { (p)-[:DESCRIBED_IN]->(:SourceDocument)-[:ISSUED_BY]->(:Agency {id: $agencyId}) })
WITH DISTINCT p
RETURN p {.*} AS value
ORDER BY p.id
LIMIT toInteger($limit)
