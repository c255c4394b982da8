// Ends a class family (composed last, after family-then/select and its hops): the relationships among the
// selected nodes, each with its properties, and the whole family as one row. Only the types a family is drawn
// with; provenance (DESCRIBED_IN) is not. Each kept node is the source of the relationships its label is drawn
// with, and a relationship is kept when its other end is selected too.
// params: (none of its own)
// returns: nodes [{label, node (properties)}] nearest first (none: the scope id does not exist),
//          edges [{sourceLabel, source, type, targetLabel, target, properties}] by source, type, target; truncated
WITH selected, truncated, [x IN selected | x.node] AS kept
CALL (selected, kept) {
  UNWIND selected AS x
  // One expansion per kept node over every type a family is drawn with, each kept only where the node's label is
  // drawn with it (as in family-then/hop).
  WITH x.label AS sourceLabel, x.node AS a, kept
  MATCH (a)-[r:IN|PROMOTES_TO|DISTINGUISHED_FROM|REQUIRES|IN_FAMILY|HAS_LEVEL|CLASSIFIED_AS|SAME_AS]->(b)
  WHERE b IN kept AND type(r) IN CASE sourceLabel
          WHEN 'JobClass' THEN ['IN', 'PROMOTES_TO', 'DISTINGUISHED_FROM', 'REQUIRES']
          WHEN 'ClassSeries' THEN ['IN', 'IN_FAMILY', 'HAS_LEVEL']
          WHEN 'JobFamily' THEN ['IN']
          WHEN 'Agency' THEN ['IN']
          WHEN 'Position' THEN ['CLASSIFIED_AS']
          WHEN 'Competency' THEN ['SAME_AS']
          ELSE []
        END
  WITH sourceLabel, a, r, b,
       CASE WHEN b:JobClass THEN 'JobClass' WHEN b:ClassSeries THEN 'ClassSeries' WHEN b:JobFamily THEN 'JobFamily'
            WHEN b:Jurisdiction THEN 'Jurisdiction' WHEN b:Agency THEN 'Agency' WHEN b:Position THEN 'Position'
            WHEN b:Competency THEN 'Competency' END AS targetLabel
  WHERE targetLabel IS NOT NULL
  WITH sourceLabel, a, r, b, targetLabel ORDER BY a.id, type(r), b.id
  RETURN collect({sourceLabel: sourceLabel, source: a.id, type: type(r), targetLabel: targetLabel, target: b.id, properties: properties(r)}) AS edges
}
RETURN [x IN selected | {label: x.label, node: properties(x.node)}] AS nodes, edges, truncated
