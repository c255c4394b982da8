// The equivalence links of each competency, all visible: its canonical competency and the other names linked
// to the same one (SAME_AS, basis CURATED or ANALYST), and pending proposals either way (basis PROPOSED).
// params: $ids   returns: key, value (list of {competency, basis, score})
UNWIND $ids AS id
MATCH (k:Competency {id: id})
CALL (k) {
  MATCH (k)-[s:SAME_AS]->(c:Competency)
  RETURN c AS other, coalesce(s.basis, 'CURATED') AS basis, s.score AS score
  UNION
  MATCH (k)<-[s:SAME_AS]-(m:Competency)
  RETURN m AS other, coalesce(s.basis, 'CURATED') AS basis, s.score AS score
  UNION
  MATCH (k)-[s:SAME_AS]->(:Competency)<-[t:SAME_AS]-(m:Competency)
  WHERE m <> k
  RETURN m AS other, CASE WHEN coalesce(s.basis, 'CURATED') = 'ANALYST' OR coalesce(t.basis, 'CURATED') = 'ANALYST' THEN 'ANALYST' ELSE 'CURATED' END AS basis, null AS score
  UNION
  MATCH (k)-[e:EQUIVALENCE_PROPOSAL {status: 'PROPOSED'}]-(m:Competency)
  RETURN m AS other, 'PROPOSED' AS basis, e.score AS score
}
WITH id, other, basis, max(score) AS score ORDER BY basis, other.name
RETURN id AS key, collect({competency: other {.id, .name}, basis: basis, score: score}) AS value
