// Stores proposed equivalences (a.id < b.id), keeping an analyst's decision: a pair already accepted or rejected
// keeps its status, only its score and reasons are refreshed.
// params: $proposals [{a, b, score, reasons}], $at   returns: count
UNWIND $proposals AS p
MATCH (a:Competency {id: p.a}), (b:Competency {id: p.b})
MERGE (a)-[e:EQUIVALENCE_PROPOSAL]->(b)
ON CREATE SET e.status = 'PROPOSED', e.proposedAt = $at
SET e.score = p.score, e.reasons = p.reasons
RETURN count(e) AS count
