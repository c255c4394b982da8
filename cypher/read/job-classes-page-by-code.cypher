// One page of the classes with a code (one per employer at most), found through the code index.
// params: $code, $after (id or ''), $limit, $jurisdictionId, $specified (may be null)   returns: value
MATCH (c:JobClass {code: $code})
WHERE c.id > $after
  AND ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
WITH c ORDER BY c.id LIMIT toInteger($limit)
RETURN c {.*} AS value
