// One page of classes in id order when no filter narrows by jurisdiction, series or code: a range seek on the
// id constraint's index, limited before the properties are projected, so the cost does not grow with the plan.
// params: $after (id or ''), $limit, $specified (may be null)   returns: value
MATCH (c:JobClass)
WHERE c.id > $after
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
WITH c ORDER BY c.id LIMIT toInteger($limit)
RETURN c {.*} AS value
