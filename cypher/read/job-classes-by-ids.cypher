// Classes by id, for the JobClass DataLoader.
// params: $ids   returns: key, value (class properties)
UNWIND $ids AS id
MATCH (c:JobClass {id: id})
RETURN id AS key, c {.*} AS value
