// Marks a migration applied.
// params: $id   returns: id
MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = datetime()
RETURN m.id AS id
