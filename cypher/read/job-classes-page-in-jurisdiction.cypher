// One page of one employer's classes in id order: a range seek on the (jurisdictionId, id) index, ordered as
// the index is, so only the page's rows are read. Other filters are checked on those rows.
// params: $jurisdictionId, $after (id or ''), $limit, $specified (may be null)   returns: value
MATCH (c:JobClass)
WHERE c.jurisdictionId = $jurisdictionId AND c.id > $after
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
WITH c ORDER BY c.jurisdictionId, c.id LIMIT toInteger($limit)
RETURN c {.*} AS value
