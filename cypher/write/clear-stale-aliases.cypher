// Removes alias-table links from older versions of the table.
// params: $version   returns: removed
MATCH ()-[s:SAME_AS|IN_CATEGORY {doc: 'alias-table'}]->()
WHERE s.version <> $version
DELETE s
RETURN count(*) AS removed
