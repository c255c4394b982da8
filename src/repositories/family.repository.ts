/**
 * Class families: the statements behind classFamily and the exporters. Nodes travel as
 * (label, id) pairs because natural keys are unique per label only (a competency slug is not prefixed).
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

/** "<label>|<id>": a node's identity across statements. */
export const nodeKey = (label: string, id: string): string => `${label}|${id}`;

export class FamilyRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs: number,
  ) {}

  private read(statement: string, params: Record<string, unknown>) {
    return this.executor.read(statement, params, { timeoutMs: this.timeoutMs });
  }

  /** The scope node first, then its members; empty when the scope id does not exist. */
  async core(kind: FamilyScopeKind, id: string, limit: number): Promise<FamilyNodeRow[]> {
    return (await this.read(CORE_STATEMENT[kind], { id, limit })) as never;
  }

  /** Nodes one hop out from `frontier`, skipping those in `seen`, at most `limit`. */
  async neighbours(frontier: FamilyNodeRow[], seen: string[], limit: number): Promise<FamilyNodeRow[]> {
    if (!frontier.length) return [];
    return (await this.read('read/family-neighbours', { ...idsByLabel(frontier), seen, limit })) as never;
  }

  /** Relationships among `nodes`. */
  async edges(nodes: FamilyNodeRow[]): Promise<FamilyEdgeRow[]> {
    if (!nodes.length) return [];
    const keys = nodes.map((n) => nodeKey(n.label, String(n.node.id)));
    return (await this.read('read/family-edges', { ...idsByLabel(nodes), keys })) as never;
  }
}

/** One id list per label, the parameters family-neighbours and family-edges branch on. */
function idsByLabel(rows: FamilyNodeRow[]) {
  const of = (label: SubgraphNodeType) => rows.filter((r) => r.label === label).map((r) => String(r.node.id));
  return {
    classIds: of('JobClass'),
    seriesIds: of('ClassSeries'),
    familyIds: of('JobFamily'),
    jurisdictionIds: of('Jurisdiction'),
    agencyIds: of('Agency'),
    positionIds: of('Position'),
    competencyIds: of('Competency'),
  };
}
