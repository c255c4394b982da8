// Class fields an analyst's correction set or removed, for each class, with who and why.
// params: $ids   returns: key, value (list of {field, action, by, reason, correctionId, documentId})
UNWIND $ids AS id
MATCH (c:Correction {classId: id, kind: 'field', status: 'APPLIED'})
WITH id, c ORDER BY c.createdAt
RETURN id AS key, collect({field: c.field, action: c.action, by: c.by, reason: c.reason, correctionId: c.id, documentId: c.documentId}) AS value
