// How many classes have a code and match the other filters (the code index). Run only when totalCount is asked.
// params: $code, $jurisdictionId, $specified (may be null)   returns: total
MATCH (c:JobClass {code: $code})
WHERE ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
RETURN count(c) AS total
