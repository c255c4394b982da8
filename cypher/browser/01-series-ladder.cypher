// Neo4j Browser: a series ladder, the series, its levels and the promotion edges out of each level (the basis,
// months and statement are on each edge).
// params: $seriesId   (:param seriesId => 'state-of-ohio:series:6272S')
MATCH ladder = (:ClassSeries {id: $seriesId})-[:HAS_LEVEL]->(c:JobClass)
OPTIONAL MATCH step = (c)-[:PROMOTES_TO]->(:JobClass)
RETURN ladder, step
