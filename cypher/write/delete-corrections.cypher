// Corrections an analyst withdrew, deleted in the transaction that writes the document again without them.
// params: $docId, $ids   returns: count
UNWIND $ids AS id
MATCH (c:Correction {id: id})-[:CORRECTS]->(:SourceDocument {id: $docId})
DETACH DELETE c
RETURN count(*) AS count
