// How many classes of a series match the other filters. Run only when totalCount is asked.
// params: $seriesId, $jurisdictionId, $specified, $code (each but $seriesId may be null)   returns: total
MATCH (:ClassSeries {id: $seriesId})-[:HAS_LEVEL]->(c:JobClass)
WHERE ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
  AND ($code IS NULL OR c.code = $code)
RETURN count(DISTINCT c) AS total
