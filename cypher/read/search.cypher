// Full-text search over class titles and concepts, duty text and competency names. A duty hit counts for
// its class. Lucene syntax in $query is escaped by the caller.
// Paging skips $skip ranked hits (the index is asked for enough raw hits to cover them).
// params: $query, $limit, $skip   returns: kind, score, value
CALL db.index.fulltext.queryNodes('classification_text', $query, {limit: (toInteger($skip) + toInteger($limit)) * 3}) YIELD node, score
OPTIONAL MATCH (owner:JobClass)-[:HAS_DUTY]->(node)
WITH node, score, owner,
     CASE WHEN node:Competency THEN 'COMPETENCY' ELSE 'JOB_CLASS' END AS kind
WITH kind, score,
     CASE WHEN node:Duty THEN owner ELSE node END AS hit,
     CASE WHEN node:Duty THEN node.text WHEN node:JobClass THEN coalesce(node.concept, node.title) ELSE node.name END AS matched
WHERE hit IS NOT NULL
WITH kind, hit, max(score) AS score, head(collect(matched)) AS matched
RETURN kind, score, hit {.*} AS value, matched
ORDER BY score DESC, hit.id
SKIP toInteger($skip)
LIMIT toInteger($limit)
