// What each class requires: the competency, as what (knowledge, skill, ...), the document's definition, provenance.
// params: $ids, $cap (most items per key)   returns: key, value (list)
UNWIND $ids AS id
MATCH (:JobClass {id: id})-[r:REQUIRES]->(k:Competency)
WITH id, r, k ORDER BY r.doc, r.order
RETURN id AS key,
       collect({competency: k {.*}, kind: r.as, definition: r.definition, doc: r.doc, start: r.start, end: r.end,
               provenance: r.provenance, correctedBy: r.correctedBy, correctionReason: r.correctionReason, correctionId: r.correctionId})[..$cap] AS value
