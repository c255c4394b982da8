// Competencies by id.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (k:Competency {id: id})
RETURN id AS key, k {.*, classCount: COUNT { (k)<-[:REQUIRES]-(:JobClass) }} AS value
