// How many classes there are, optionally only specified (or only referenced) ones. Run only when totalCount is asked.
// params: $specified (may be null)   returns: total
MATCH (c:JobClass)
WHERE $specified IS NULL OR coalesce(c.specified, false) = $specified
RETURN count(c) AS total
