/** What the plan audit reads: every class of a plan with its series place, and every promotion edge. */
import type { Executor } from '../db/executor';
import type { PlanClass } from '../model/plan-audit';

/** A class as the audit reads it: the model's PlanClass, row for row. */
export type AuditClassRow = PlanClass;

export interface AuditEdgeRow {
  from: string;
  to: string;
  basis: string;
  inferred: boolean;
  statement: string | null;
  doc: string | null;
  start: number | null;
  end: number | null;
}

export class AuditRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs: number,
  ) {}

  async classes(jurisdictionId: string): Promise<AuditClassRow[]> {
    return (await this.executor.read('read/audit-classes', { jurisdictionId }, { timeoutMs: this.timeoutMs })) as unknown as AuditClassRow[];
  }

  async promotions(jurisdictionId: string): Promise<AuditEdgeRow[]> {
    return (await this.executor.read('read/audit-promotions', { jurisdictionId }, { timeoutMs: this.timeoutMs })) as unknown as AuditEdgeRow[];
  }
}
