// Links equivalent competencies from the curated alias table: each member that exists gets
// (member)-[:SAME_AS]->(canonical), and the canonical one its public-taxonomy category. Edges carry
// {doc: 'alias-table'} so document revisions never remove them.
// params: $version, $groups [{canonical: {id, name}, category: {id, name, taxonomy} or null, members: [id]}]   returns: links
UNWIND $groups AS g
MERGE (c:Competency {id: g.canonical.id})
ON CREATE SET c.name = g.canonical.name
SET c.canonical = true
FOREACH (cat IN CASE WHEN g.category IS NULL THEN [] ELSE [g.category] END |
  MERGE (t:CompetencyCategory {id: cat.id})
  SET t.name = cat.name, t.taxonomy = cat.taxonomy
  MERGE (c)-[i:IN_CATEGORY {doc: 'alias-table'}]->(t)
  SET i.version = $version
)
WITH c, g
UNWIND g.members AS memberId
MATCH (k:Competency {id: memberId})
WHERE k <> c
MERGE (k)-[s:SAME_AS {doc: 'alias-table'}]->(c)
SET s.version = $version, s.basis = 'CURATED'
RETURN count(s) AS links
