/** Promotion paths, next steps, comparisons and competency analytics: the traversal queries, each time-boxed. */
import type { Executor } from '../db/executor';

type Props = Record<string, unknown>;

export interface PathsWithEdges {
  from: Props | null;
  to: Props | null;
  paths: { nodes: Props[]; steps: { from: string; to: string; edges: Props[] }[] }[];
}

export class TraversalRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs: number,
  ) {}

  private read(statement: string, params: Record<string, unknown>) {
    return this.executor.read(statement, params, { timeoutMs: this.timeoutMs });
  }

  /** Both end classes and the paths between them with every step's edges, in one statement (see its header). */
  async pathsWithEdges(from: string, to: string, opts: { includeInferred: boolean; maxSteps: number; limit: number }): Promise<PathsWithEdges> {
    const [row] = await this.read('read/promotion-paths-with-edges', { from, to, ...opts });
    return row as unknown as PathsWithEdges;
  }

  async edgesBetween(pairs: { from: string; to: string }[], includeInferred: boolean): Promise<Map<string, Props[]>> {
    if (!pairs.length) return new Map();
    const rows = await this.read('read/promotion-edges-between', { pairs, includeInferred });
    return new Map(rows.map((r) => [String(r.key), r.value as Props[]]));
  }

  async nextSteps(id: string, includeInferred: boolean): Promise<{ target: Props; edges: Props[] }[]> {
    return (await this.read('read/next-steps', { id, includeInferred })) as never;
  }

  async lateralMoves(id: string): Promise<{ target: Props; statements: Props[] }[]> {
    return (await this.read('read/lateral-moves', { id })) as never;
  }

  async distinctionsBetween(a: string, b: string): Promise<Props[]> {
    return this.read('read/distinctions-between', { a, b });
  }

  async distinctionsViaThird(a: string, b: string): Promise<Props[]> {
    return this.read('read/distinctions-via-third', { a, b });
  }

  async canonicalCompetencies(ids: string[]): Promise<Map<string, { id: string; name: string }[]>> {
    const rows = await this.read('read/canonical-competencies-by-class-ids', { ids });
    return new Map(rows.map((r) => [String(r.key), r.value as { id: string; name: string }[]]));
  }

  async classesRequiring(competencyId: string, useEquivalences = true): Promise<{ jobClass: Props; asNames: string[]; kinds: string[] }[]> {
    return (await this.read('read/classes-requiring-competency', { id: competencyId, useEquivalences })) as never;
  }

  async similarClasses(id: string, limit: number): Promise<{ jobClass: Props; shared: { id: string; name: string }[]; score: number }[]> {
    return (await this.read('read/similar-classes', { id, limit })) as never;
  }
}
