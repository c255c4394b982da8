// Jurisdictions by id.
// params: $ids   returns: key, value
UNWIND $ids AS id
MATCH (j:Jurisdiction {id: id})
RETURN id AS key, j {.*} AS value
