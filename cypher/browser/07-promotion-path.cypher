// Neo4j Browser: the shortest promotion paths between two classes over the cited PROMOTES_TO edges (click an
// edge for its basis, months of experience and the statement it comes from).
// params: $fromId, $toId   (:param fromId => 'state-of-ohio:62721S'; :param toId => 'state-of-ohio:62722S')
MATCH path = SHORTEST 3 (:JobClass {id: $fromId})-[:PROMOTES_TO]->{1,8}(:JobClass {id: $toId})
RETURN path
