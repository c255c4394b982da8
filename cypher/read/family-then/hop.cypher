// One hop of a class family (composed after family-then/select, once per hop): the nodes one hop out from the
// frontier over the relationships a family is drawn with, those already selected skipped, ordered by label and id
// and cut at the room left under $maxNodes; truncated when more were found than fit. Does nothing once truncated.
// IN is left out on purpose: one hop over IN reaches the jurisdiction, and the next one the whole plan. The
// frontier holds the nodes themselves, so each hop expands from them without looking anything up.
// params: $maxNodes   carries on: selected (the hop's nodes appended), frontier (the hop's nodes), truncated
CALL (frontier, truncated) {
  WITH CASE WHEN truncated THEN [] ELSE frontier END AS grown
  UNWIND grown AS x
  // Per frontier node, so no row buffered below carries the lists above: Neo4j counts a list once per row
  // held by a UNION's distinct or an ORDER BY ... LIMIT, which ran a 2-hop family out of transaction memory.
  CALL (x) {
    WITH x WHERE x.label = 'JobClass' WITH x.node AS a MATCH (a)-[:HAS_LEVEL|PROMOTES_TO|DISTINGUISHED_FROM|REQUIRES|CLASSIFIED_AS]-(m) RETURN m
    UNION ALL
    WITH x WHERE x.label = 'ClassSeries' WITH x.node AS a MATCH (a)-[:HAS_LEVEL|IN_FAMILY]-(m) RETURN m
    UNION ALL
    WITH x WHERE x.label = 'JobFamily' WITH x.node AS a MATCH (a)-[:IN_FAMILY]-(m) RETURN m
    UNION ALL
    WITH x WHERE x.label = 'Jurisdiction' WITH x.node AS a MATCH (a)<-[:IN]-(m:Agency) RETURN m
    UNION ALL
    WITH x WHERE x.label = 'Agency' WITH x.node AS a MATCH (a)-[:IN]->(m:Jurisdiction) RETURN m
    UNION ALL
    WITH x WHERE x.label = 'Position' WITH x.node AS a MATCH (a)-[:CLASSIFIED_AS]->(m) RETURN m
    UNION ALL
    WITH x WHERE x.label = 'Competency' WITH x.node AS a MATCH (a)-[:REQUIRES|SAME_AS]-(m) RETURN m
  }
  WITH DISTINCT m
  WITH m,
       CASE WHEN m:JobClass THEN 'JobClass' WHEN m:ClassSeries THEN 'ClassSeries' WHEN m:JobFamily THEN 'JobFamily'
            WHEN m:Jurisdiction THEN 'Jurisdiction' WHEN m:Agency THEN 'Agency' WHEN m:Position THEN 'Position'
            WHEN m:Competency THEN 'Competency' END AS label
  WHERE label IS NOT NULL
  // A LIMIT cannot depend on the room left, so the ordered list is cut below; nothing is projected here.
  // Nodes selected before are dropped from the list below, which was cheaper than testing each row.
  WITH label, m ORDER BY label, m.id
  RETURN collect({label: label, node: m}) AS found
}
WITH selected, found, truncated, [x IN selected | x.node] AS seen
WITH selected, [f IN found WHERE NOT f.node IN seen] AS found, truncated, toInteger($maxNodes) - size(selected) AS room
WITH selected + found[..room] AS selected, found[..room] AS frontier, truncated OR size(found) > room AS truncated
