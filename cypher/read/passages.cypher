// Text of passages of source documents, cut server-side so whole documents never cross the wire.
// params: $refs [{key, doc, start, end}]   returns: key, value
UNWIND $refs AS r
MATCH (d:SourceDocument {id: r.doc})
RETURN r.key AS key, substring(d.text, r.start, r.end - r.start) AS value
