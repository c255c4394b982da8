// The job family of each series.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (:ClassSeries {id: id})-[:IN_FAMILY]->(f:JobFamily)
RETURN id AS key, f {.*} AS value
