/**
 * Class families: the statement behind classFamily and the exporters. A family is read in one round trip
 * whatever its hops: the scope's core statement composed with read/family-then/select, one family-then/hop per
 * hop and family-then/edges (see CypherRegistry.compose). Nodes are told apart by (label, id) because natural
 * keys are unique per label only (a competency slug is not prefixed).
 */
import type { Executor } from '../db/executor';
import type { SubgraphNodeType } from '../model/subgraph';

type Props = Record<string, unknown>;

export type FamilyScopeKind = 'series' | 'jobFamily' | 'jurisdiction' | 'class';

/** Which statement finds the nodes a scope starts from. */
const CORE_STATEMENT: Record<FamilyScopeKind, string> = {
  series: 'read/family-core-series',
  jobFamily: 'read/family-core-job-family',
  jurisdiction: 'read/family-core-jurisdiction',
  class: 'read/family-core-class',
};

export interface FamilyNodeRow {
  label: SubgraphNodeType;
  node: Props;
}

export interface FamilyEdgeRow {
  sourceLabel: SubgraphNodeType;
  source: string;
  type: string;
  targetLabel: SubgraphNodeType;
  target: string;
  properties: Props;
}

/** A family as read: nodes nearest first (none when the scope id does not exist), the edges among them. */
export interface FamilyRows {
  nodes: FamilyNodeRow[];
  edges: FamilyEdgeRow[];
  truncated: boolean;
}

/** The composed statement that reads a family of `kind` grown `hops` hops: one per kind and hop count. */
export function familyStatement(kind: FamilyScopeKind, hops: number): string {
  return [CORE_STATEMENT[kind], 'read/family-then/select', ...Array<string>(hops).fill('read/family-then/hop'), 'read/family-then/edges'].join('+');
}

export class FamilyRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs: number,
  ) {}

  /**
   * The family of the `kind` node `id`: its core cut at `maxNodes`, then breadth first `hops` hops out, each hop
   * ordered by label and id and cut at the room left, `truncated` when anything was left out; one round trip.
   */
  async family(kind: FamilyScopeKind, id: string, hops: number, maxNodes: number): Promise<FamilyRows> {
    const [row] = await this.executor.read(familyStatement(kind, hops), { id, limit: maxNodes + 1, maxNodes }, { timeoutMs: this.timeoutMs });
    return { nodes: (row?.nodes ?? []) as FamilyNodeRow[], edges: (row?.edges ?? []) as FamilyEdgeRow[], truncated: Boolean(row?.truncated) };
  }
}
