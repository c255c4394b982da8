// The canonical competency each competency is linked to by SAME_AS (an equivalence), with the link's basis.
// params: $ids   returns: key, value ({id, name, basis})
UNWIND $ids AS id
MATCH (:Competency {id: id})-[s:SAME_AS]->(c:Competency)
WITH id, c, s ORDER BY c.id
RETURN id AS key, head(collect(c {.id, .name, basis: coalesce(s.basis, 'CURATED')})) AS value
