// How many classes one employer has (an index seek on (jurisdictionId, id)). Run only when totalCount is asked.
// params: $jurisdictionId, $specified (may be null)   returns: total
MATCH (c:JobClass)
WHERE c.jurisdictionId = $jurisdictionId
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
RETURN count(c) AS total
