// The jurisdiction of each class.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[:IN]->(j:Jurisdiction)
RETURN id AS key, j {.*} AS value
