// An analyst's decision on a pair. Accepting links $memberId to $canonicalId by SAME_AS {basis: 'ANALYST'}
// (the caller chose the direction so every group keeps one canonical competency); rejecting removes an analyst
// link between the two. Either way the proposal (created if the analyst named the pair directly) records it.
// $link is false when the two are already in one group (nothing to link).
// params: $a, $b (the pair as asked), $accept, $link, $memberId, $canonicalId, $score, $at   returns: status
MATCH (a:Competency {id: $a}), (b:Competency {id: $b})
MERGE (a)-[e:EQUIVALENCE_PROPOSAL]->(b)
ON CREATE SET e.score = $score, e.reasons = ['named by an analyst'], e.proposedAt = $at
SET e.status = CASE WHEN $accept THEN 'ACCEPTED' ELSE 'REJECTED' END, e.reviewedAt = $at
WITH a, b, e
OPTIONAL MATCH (a)-[old:SAME_AS {doc: 'analyst'}]-(b)
FOREACH (x IN CASE WHEN $accept THEN [] ELSE [old] END | DELETE x)
WITH e
CALL (e) {
  WITH e WHERE $accept AND $link
  MATCH (m:Competency {id: $memberId}), (c:Competency {id: $canonicalId})
  MERGE (m)-[s:SAME_AS {doc: 'analyst'}]->(c)
  SET s.basis = 'ANALYST', s.score = $score, s.at = $at
}
RETURN e.status AS status
