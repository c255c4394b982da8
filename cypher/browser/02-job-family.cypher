// Neo4j Browser: a job family, its series and their levels.
// params: $familyId   (:param familyId => 'judicial-council-of-california:family:business-systems')
MATCH series = (f:JobFamily {id: $familyId})<-[:IN_FAMILY]-(:ClassSeries)
OPTIONAL MATCH levels = (f)<-[:IN_FAMILY]-(:ClassSeries)-[:HAS_LEVEL]->(:JobClass)
RETURN series, levels
LIMIT 500
