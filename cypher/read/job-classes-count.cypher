// How many classes match the page filters.
// params: $jurisdictionId, $seriesId, $specified, $code   returns: total
MATCH (c:JobClass)
WHERE ($jurisdictionId IS NULL OR c.jurisdictionId = $jurisdictionId)
  AND ($specified IS NULL OR coalesce(c.specified, false) = $specified)
  AND ($code IS NULL OR c.code = $code)
  AND ($seriesId IS NULL OR EXISTS { (:ClassSeries {id: $seriesId})-[:HAS_LEVEL]->(c) })
RETURN count(c) AS total
