// Frozen copy of cypher/read/family-edges.cypher from before classFamily read a family in one round trip:
// the hop-by-hop reference of test/integration/family-one-trip.test.ts (see test/support/family-hop-by-hop.ts).
// The relationships among the selected nodes of a class family (ids per label; keys "<label>|<id>" in $keys),
// each with its scalar properties. Only the types a family is drawn with; provenance (DESCRIBED_IN) is not.
// params: $classIds, $seriesIds, $familyIds, $jurisdictionIds, $agencyIds, $positionIds, $competencyIds, $keys
// returns: sourceLabel, source, type, targetLabel, target, properties
CALL {
  UNWIND $classIds AS id MATCH (a:JobClass {id: id})-[r:IN|PROMOTES_TO|DISTINGUISHED_FROM|REQUIRES]->(b) RETURN a, r, b
  UNION
  UNWIND $seriesIds AS id MATCH (a:ClassSeries {id: id})-[r:IN|IN_FAMILY|HAS_LEVEL]->(b) RETURN a, r, b
  UNION
  UNWIND $familyIds AS id MATCH (a:JobFamily {id: id})-[r:IN]->(b) RETURN a, r, b
  UNION
  UNWIND $agencyIds AS id MATCH (a:Agency {id: id})-[r:IN]->(b) RETURN a, r, b
  UNION
  UNWIND $positionIds AS id MATCH (a:Position {id: id})-[r:CLASSIFIED_AS]->(b) RETURN a, r, b
  UNION
  UNWIND $competencyIds AS id MATCH (a:Competency {id: id})-[r:SAME_AS]->(b) RETURN a, r, b
}
WITH a, r, b,
     CASE WHEN a:JobClass THEN 'JobClass' WHEN a:ClassSeries THEN 'ClassSeries' WHEN a:JobFamily THEN 'JobFamily'
          WHEN a:Agency THEN 'Agency' WHEN a:Position THEN 'Position' WHEN a:Competency THEN 'Competency' END AS sourceLabel,
     CASE WHEN b:JobClass THEN 'JobClass' WHEN b:ClassSeries THEN 'ClassSeries' WHEN b:JobFamily THEN 'JobFamily'
          WHEN b:Jurisdiction THEN 'Jurisdiction' WHEN b:Agency THEN 'Agency' WHEN b:Position THEN 'Position'
          WHEN b:Competency THEN 'Competency' END AS targetLabel
WHERE targetLabel IS NOT NULL AND (targetLabel + '|' + b.id) IN $keys
RETURN sourceLabel, a.id AS source, type(r) AS type, targetLabel, b.id AS target, properties(r) AS properties
ORDER BY source, type, target
