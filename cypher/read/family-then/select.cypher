// Continues a family core statement (run composed after one, see src/db/cypher-registry.ts), which hands its
// rows on as the list `core` nearest first: keeps the first $maxNodes of them and says whether there were more.
// The core is both what is selected so far and the frontier the first hop grows from.
// params: $maxNodes   carries on: selected, frontier ([{label, node}], nearest first), truncated
WITH core[..toInteger($maxNodes)] AS selected, size(core) > $maxNodes AS truncated
WITH selected, selected AS frontier, truncated
