// Migrations already applied.
// params: none   returns: id
MATCH (m:Migration) RETURN m.id AS id ORDER BY id
