// Neo4j Browser: an employer's plan, the jurisdiction with its agencies, job families and series (classes left
// out: a plan has hundreds; open a series from here).
// params: $jurisdictionId   (:param jurisdictionId => 'state-of-ohio')
MATCH member = (j:Jurisdiction {id: $jurisdictionId})<-[:IN]-(x)
WHERE x:Agency OR x:JobFamily OR x:ClassSeries
OPTIONAL MATCH grouping = (x:ClassSeries)-[:IN_FAMILY]->(:JobFamily)
RETURN member, grouping
LIMIT 500
