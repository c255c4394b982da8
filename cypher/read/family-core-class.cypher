// Class family around one class: the class itself; its neighbours come from family-then/hop.
// No rows: there is no such class.
// params: $id, $limit   returns: label, node (the node itself), depth
MATCH (c:JobClass {id: $id})
RETURN 'JobClass' AS label, c AS node, 0 AS depth
LIMIT toInteger($limit)
