// Frozen copy of cypher/read/family-neighbours.cypher from before classFamily read a family in one round trip:
// the hop-by-hop reference of test/integration/family-one-trip.test.ts (see test/support/family-hop-by-hop.ts).
// One hop out from a frontier of nodes (ids given per label, so every lookup uses its id constraint) over the
// relationships a class family is drawn with. IN is left out on purpose: one hop over IN reaches the
// jurisdiction, and the next one the whole plan. Nodes already selected (keys "<label>|<id>" in $seen) are
// skipped. Bounded by $limit (the caller passes the room left + 1 to detect truncation).
// params: $classIds, $seriesIds, $familyIds, $jurisdictionIds, $agencyIds, $positionIds, $competencyIds, $seen, $limit
// returns: label, node (properties)
CALL {
  UNWIND $classIds AS id MATCH (:JobClass {id: id})-[:HAS_LEVEL|PROMOTES_TO|DISTINGUISHED_FROM|REQUIRES|CLASSIFIED_AS]-(m) RETURN m
  UNION
  UNWIND $seriesIds AS id MATCH (:ClassSeries {id: id})-[:HAS_LEVEL|IN_FAMILY]-(m) RETURN m
  UNION
  UNWIND $familyIds AS id MATCH (:JobFamily {id: id})-[:IN_FAMILY]-(m) RETURN m
  UNION
  UNWIND $jurisdictionIds AS id MATCH (:Jurisdiction {id: id})<-[:IN]-(m:Agency) RETURN m
  UNION
  UNWIND $agencyIds AS id MATCH (:Agency {id: id})-[:IN]->(m:Jurisdiction) RETURN m
  UNION
  UNWIND $positionIds AS id MATCH (:Position {id: id})-[:CLASSIFIED_AS]->(m) RETURN m
  UNION
  UNWIND $competencyIds AS id MATCH (:Competency {id: id})-[:REQUIRES|SAME_AS]-(m) RETURN m
}
WITH m,
     CASE WHEN m:JobClass THEN 'JobClass' WHEN m:ClassSeries THEN 'ClassSeries' WHEN m:JobFamily THEN 'JobFamily'
          WHEN m:Jurisdiction THEN 'Jurisdiction' WHEN m:Agency THEN 'Agency' WHEN m:Position THEN 'Position'
          WHEN m:Competency THEN 'Competency' END AS label
WHERE label IS NOT NULL AND NOT (label + '|' + m.id) IN $seen
// Ordered and limited on the id alone; only the rows kept get their properties projected.
WITH label, m ORDER BY label, m.id LIMIT toInteger($limit)
RETURN label, m {.*} AS node
