// Classes requiring a competency under any equivalent name: the competency, its canonical form, and every
// competency linked to that canonical form by SAME_AS.
// params: $id   returns: jobClass, as (names the class uses), kinds
MATCH (k:Competency {id: $id})
OPTIONAL MATCH (k)-[:SAME_AS]->(canon:Competency)
WITH coalesce(canon, k) AS c
OPTIONAL MATCH (c)<-[:SAME_AS]-(alias:Competency)
WITH c, collect(alias) AS aliases
WITH [c] + aliases AS family
UNWIND family AS f
MATCH (j:JobClass)-[r:REQUIRES]->(f)
RETURN j {.*} AS jobClass, collect(DISTINCT f.name) AS asNames, collect(DISTINCT r.as) AS kinds
ORDER BY jobClass.jurisdictionId, jobClass.id
