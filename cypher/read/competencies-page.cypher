// A page of competencies in id order, optionally by name prefix, with how many classes require each.
// params: $after (id or ''), $limit, $prefix (normalized, may be null)   returns: value
MATCH (k:Competency)
WHERE k.id > $after AND ($prefix IS NULL OR k.id STARTS WITH $prefix)
RETURN k {.*, classCount: COUNT { (k)<-[:REQUIRES]-(:JobClass) }} AS value
ORDER BY k.id
LIMIT toInteger($limit)
