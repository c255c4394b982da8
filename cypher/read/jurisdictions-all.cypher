// Every jurisdiction with its class count, by name.
// params: none   returns: value
MATCH (j:Jurisdiction)
RETURN j {.*, classCount: COUNT { (j)<-[:IN]-(:JobClass) }} AS value
ORDER BY j.name
