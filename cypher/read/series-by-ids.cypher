// Class series by id.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (s:ClassSeries {id: id})
RETURN id AS key, s {.*} AS value
