/**
 * classFamily as it was computed before it took one round trip: the core, then one statement per hop, then the
 * edges, with the breadth-first loop in TypeScript. The statements are frozen copies (family-hop-by-hop/*.cypher)
 * so that a change to the product's statements is measured against the old answers, not against itself.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../src/db/executor';
import type { FamilyNodeRow, FamilyRows, FamilyScopeKind } from '../../src/repositories/family.repository';
import type { SubgraphNodeType } from '../../src/model/subgraph';

const statement = (name: string) => fs.readFileSync(path.join(__dirname, 'family-hop-by-hop', `${name}.cypher`), 'utf8');
const CORE: Record<FamilyScopeKind, string> = { series: 'core-series', jobFamily: 'core-job-family', jurisdiction: 'core-jurisdiction', class: 'core-class' };
const key = (row: FamilyNodeRow) => `${row.label}|${String(row.node.id)}`;

/** One id list per label, the parameters the old neighbours and edges statements branch on. */
function idsByLabel(rows: FamilyNodeRow[]) {
  const of = (label: SubgraphNodeType) => rows.filter((r) => r.label === label).map((r) => String(r.node.id));
  return { classIds: of('JobClass'), seriesIds: of('ClassSeries'), familyIds: of('JobFamily'), jurisdictionIds: of('Jurisdiction'), agencyIds: of('Agency'), positionIds: of('Position'), competencyIds: of('Competency') };
}

/** The old algorithm, round trip by round trip; `roundTrips` says how many it made. */
export async function hopByHopFamily(executor: Executor, kind: FamilyScopeKind, id: string, hops: number, maxNodes: number): Promise<FamilyRows & { roundTrips: number }> {
  let roundTrips = 0;
  const read = async (name: string, params: Record<string, unknown>) => {
    roundTrips += 1;
    return (await executor.runText(statement(name), params, 'READ')) as never as FamilyNodeRow[];
  };
  const core = await read(CORE[kind], { id, limit: maxNodes + 1 });
  let truncated = core.length > maxNodes;
  const selected = core.slice(0, maxNodes);
  const seen = new Set(selected.map(key));
  let frontier = selected;
  for (let hop = 0; hop < hops && !truncated && frontier.length; hop++) {
    const room = maxNodes - selected.length;
    const found = await read('neighbours', { ...idsByLabel(frontier), seen: [...seen], limit: room + 1 });
    truncated = found.length > room;
    frontier = found.slice(0, room);
    for (const row of frontier) seen.add(key(row));
    selected.push(...frontier);
  }
  const edges = selected.length ? await read('edges', { ...idsByLabel(selected), keys: [...seen] }) : [];
  return { nodes: selected, edges: edges as never, truncated, roundTrips };
}
