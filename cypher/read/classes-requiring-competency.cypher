// Classes requiring a competency under any equivalent name: the competency, its canonical form, and every
// competency linked to that canonical form by SAME_AS.
// With $useEquivalences false, only the competency under its own name.
// params: $id, $useEquivalences   returns: jobClass, as (names the class uses), kinds
MATCH (k:Competency {id: $id})
OPTIONAL MATCH (k)-[:SAME_AS]->(canon:Competency) WHERE $useEquivalences
WITH coalesce(canon, k) AS c
OPTIONAL MATCH (c)<-[:SAME_AS]-(alias:Competency) WHERE $useEquivalences
WITH c, collect(alias) AS aliases
WITH [c] + aliases AS family
UNWIND family AS f
MATCH (j:JobClass)-[r:REQUIRES]->(f)
RETURN j {.*} AS jobClass, collect(DISTINCT f.name) AS asNames, collect(DISTINCT r.as) AS kinds
ORDER BY jobClass.jurisdictionId, jobClass.id
