// One hop of a class family (composed after family-then/select, once per hop): the nodes one hop out from the
// frontier over the relationships a family is drawn with, those already selected skipped, ordered by label and id
// and cut at the room left under $maxNodes; truncated when more were found than fit. Does nothing once truncated.
// IN is left out on purpose: one hop over IN reaches the jurisdiction, and the next one the whole plan. The
// frontier holds the nodes themselves, so each hop expands from them without looking anything up.
// params: $maxNodes   carries on: selected (the hop's nodes appended), frontier (the hop's nodes), truncated
CALL (selected, frontier, truncated) {
  WITH [x IN selected | x.node] AS seen, CASE WHEN truncated THEN [] ELSE frontier END AS grown
  CALL (grown) {
    UNWIND [x IN grown WHERE x.label = 'JobClass' | x.node] AS a
    MATCH (a)-[:HAS_LEVEL|PROMOTES_TO|DISTINGUISHED_FROM|REQUIRES|CLASSIFIED_AS]-(m) RETURN m
    UNION
    UNWIND [x IN grown WHERE x.label = 'ClassSeries' | x.node] AS a MATCH (a)-[:HAS_LEVEL|IN_FAMILY]-(m) RETURN m
    UNION
    UNWIND [x IN grown WHERE x.label = 'JobFamily' | x.node] AS a MATCH (a)-[:IN_FAMILY]-(m) RETURN m
    UNION
    UNWIND [x IN grown WHERE x.label = 'Jurisdiction' | x.node] AS a MATCH (a)<-[:IN]-(m:Agency) RETURN m
    UNION
    UNWIND [x IN grown WHERE x.label = 'Agency' | x.node] AS a MATCH (a)-[:IN]->(m:Jurisdiction) RETURN m
    UNION
    UNWIND [x IN grown WHERE x.label = 'Position' | x.node] AS a MATCH (a)-[:CLASSIFIED_AS]->(m) RETURN m
    UNION
    UNWIND [x IN grown WHERE x.label = 'Competency' | x.node] AS a MATCH (a)-[:REQUIRES|SAME_AS]-(m) RETURN m
  }
  WITH seen, m,
       CASE WHEN m:JobClass THEN 'JobClass' WHEN m:ClassSeries THEN 'ClassSeries' WHEN m:JobFamily THEN 'JobFamily'
            WHEN m:Jurisdiction THEN 'Jurisdiction' WHEN m:Agency THEN 'Agency' WHEN m:Position THEN 'Position'
            WHEN m:Competency THEN 'Competency' END AS label
  WHERE label IS NOT NULL AND NOT m IN seen
  // A LIMIT cannot depend on the room left, so the ordered list is cut below; nothing is projected here.
  WITH label, m ORDER BY label, m.id
  RETURN collect({label: label, node: m}) AS found
}
WITH selected, found, truncated, toInteger($maxNodes) - size(selected) AS room
WITH selected + found[..room] AS selected, found[..room] AS frontier, truncated OR size(found) > room AS truncated
