// One page of a series' classes in id order, starting from the series (its levels are few).
// params: $seriesId, $after (id or ''), $limit, $jurisdictionId, $specified, $code (each but $seriesId may be null)
// returns: value
MATCH (:ClassSeries {id: $seriesId})-[:HAS_LEVEL]->(c:JobClass)
WHERE c.id > $after
  AND ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
  AND ($code IS NULL OR c.code = $code)
WITH DISTINCT c ORDER BY c.id LIMIT toInteger($limit)
RETURN c {.*} AS value
