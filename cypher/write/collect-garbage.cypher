// Nodes the previous version described that no document supports any more: no relationship with a {doc}
// remains and, for classes, none specifies them. One branch per label so each lookup uses its id index.
// Jurisdictions are kept.
// params: $classIds, $seriesIds, $familyIds, $agencyIds, $positionIds, $competencyIds   returns: deleted
CALL {
  UNWIND $classIds AS id MATCH (n:JobClass {id: id}) WHERE NOT coalesce(n.specified, false) RETURN n
  UNION
  UNWIND $seriesIds AS id MATCH (n:ClassSeries {id: id}) RETURN n
  UNION
  UNWIND $familyIds AS id MATCH (n:JobFamily {id: id}) RETURN n
  UNION
  UNWIND $agencyIds AS id MATCH (n:Agency {id: id}) RETURN n
  UNION
  UNWIND $positionIds AS id MATCH (n:Position {id: id}) RETURN n
  UNION
  UNWIND $competencyIds AS id MATCH (n:Competency {id: id}) RETURN n
}
WITH n
WHERE NOT EXISTS { (n)-[r]-() WHERE r.doc IS NOT NULL }
DETACH DELETE n
RETURN count(*) AS deleted
